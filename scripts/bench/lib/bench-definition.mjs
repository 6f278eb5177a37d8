// The document definition of a plan as the benches render it: checked, no logo, a fixed
// creation date. Shared by the children of scripts/bench/pdf.mjs.
import { checkPlan } from '../../../dist/pipeline/check-plan.js';
import { documentView } from '../../../dist/render/render-documents.js';
import { documentDefinition } from '../../../dist/render/pdf/document-definition.js';
import { fontFamily, svgFontFamily } from '../../../dist/render/pdf/fonts.js';

export async function benchDefinition(dir) {
  const check = await checkPlan(dir);
  if (!check.model) throw new Error(`${dir}: not a valid plan`);
  const font = check.model.plan.style?.font ?? 'sans';
  return documentDefinition(documentView(check.model, null), {
    logo: null,
    creationDate: new Date(Date.UTC(2025, 0, 1, 12)),
    fontFamily: fontFamily(font),
    svgFontFamily: svgFontFamily(font),
  });
}
