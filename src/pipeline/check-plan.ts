import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { type Completeness } from '../lint/completeness.js';
import { lintPlan } from '../lint/run.js';
import { loadMonitoring } from '../load/load-monitoring.js';
import { loadPlan } from '../load/load-plan.js';
import { locate } from '../load/locate.js';
import { planFiles } from '../load/plan-files.js';
import type { SourceFile } from '../load/source-file.js';
import { buildModel } from '../model/build-model.js';
import type { MonitoringInput, PlanInputs } from '../model/input.js';
import type { PlanModel } from '../model/plan-model.js';
import type { Logo } from '../render/logo.js';
import { checkReferences } from '../model/references.js';
import { checkStructure } from '../model/structure/check-structure.js';
import { monitoringYear, type MonitoringYear } from '../monitoring/monitoring-model.js';
import { indexPlan } from '../monitoring/plan-index.js';
import { checkMonitoringReferences } from '../monitoring/references.js';
import { schemaDiagnostics } from '../validate/schema-errors.js';
import { schemaValidators } from '../validate/schema-validators.js';

export interface CheckResult {
  dir: string;
  /** The plan model, when every file is valid and every reference resolves. */
  model?: PlanModel;
  /** All problems, sorted by file and line, each located to a line and column. */
  diagnostics: Diagnostic[];
  sources: Map<string, SourceFile>;
  /** The language the plan declares, even when the plan is otherwise broken. */
  language?: string;
  /** How far the plan is from finished, when the model was built. */
  completeness?: Completeness;
  /** The logo named by `style.logo`, read and checked; absent when there is none or it is broken. */
  logo?: Logo;
  /** The schema-valid monitoring files (monitoring/<year>.yaml), oldest year first. */
  monitoring: MonitoringYear[];
}

export interface CheckOptions {
  /** The year a progress report is made for: the monitoring rules look at it. Default: the latest monitoring year. */
  reportYear?: number;
}

/** load → validate → model: the whole check that `plan validate` and `plan render` start with. */
export async function checkPlan(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  // Monitoring files are optional; they share the plan's source map for positions.
  const [loaded, monitoringLoad] = await Promise.all([loadPlan(dir), loadMonitoring(dir)]);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...monitoringLoad.diagnostics];
  const validators = schemaValidators();
  const valid: Partial<Record<keyof PlanInputs, unknown>> = {};

  for (const { key, file } of planFiles) {
    const entry = loaded.files[key];
    if (!entry || entry.data === undefined) continue;
    const validate = validators[key];
    if (validate(entry.data)) {
      valid[key] = entry.data;
    } else {
      for (const d of schemaDiagnostics(file, validate.errors ?? [])) {
        const { target, ...diagnostic } = d;
        diagnostics.push(locateDiagnostic(diagnostic, loaded.sources, target));
      }
    }
  }

  const monitoring: MonitoringYear[] = [];
  for (const entry of monitoringLoad.files) {
    loaded.sources.set(entry.file, entry.source);
    if (entry.data === undefined) continue;
    if (validators.monitoring(entry.data)) {
      monitoring.push(monitoringYear(entry.file, entry.year, entry.data as MonitoringInput));
    } else {
      for (const d of schemaDiagnostics(entry.file, validators.monitoring.errors ?? [])) {
        const { target, ...diagnostic } = d;
        diagnostics.push(locateDiagnostic(diagnostic, loaded.sources, target));
      }
    }
  }

  const language = declaredLanguage(loaded.files.plan?.data);
  const placeOf = (file: string, path: ReadonlyArray<string | number>): string => {
    const source = loaded.sources.get(file);
    return source ? `${file}:${locate(source, path).line}` : file;
  };

  let model: PlanModel | undefined;
  if (planFiles.every(({ key }) => valid[key] !== undefined)) {
    const inputs = valid as PlanInputs;
    const problems = [...checkReferences(inputs, placeOf), ...checkStructure(inputs, placeOf)];
    diagnostics.push(...problems.map((d) => locateDiagnostic(d, loaded.sources)));
    if (!problems.some((d) => d.severity === 'error')) model = buildModel(inputs);
  }
  if (model && monitoring.length > 0) {
    const index = indexPlan(model);
    for (const year of monitoring) diagnostics.push(...checkMonitoringReferences(index, year, placeOf).map((d) => locateDiagnostic(d, loaded.sources)));
  }
  // Domain rules (src/lint): the `rules:` configuration always, the rules themselves on a built model.
  const lint = lintPlan(valid as Partial<PlanInputs>, model, loaded.sources, { monitoring, reportYear: options.reportYear });
  diagnostics.push(...lint.diagnostics);
  const logo = await checkLogo(dir, (valid as Partial<PlanInputs>).plan?.style?.logo);
  diagnostics.push(...logo.diagnostics.map((d) => locateDiagnostic(d, loaded.sources)));
  return { dir, model, diagnostics: sortDiagnostics(diagnostics), sources: loaded.sources, language, completeness: lint.completeness, logo: logo.logo ?? undefined, monitoring };
}

/**
 * The logo is read and checked here, not only when rendering, so that `plan validate` in CI
 * reports a broken or oversized image at its line in plan.yaml. Loaded only for a plan that
 * has a logo: validate stays free of render code otherwise.
 */
async function checkLogo(dir: string, logoPath: string | undefined): Promise<{ logo: Logo | null; diagnostics: Diagnostic[] }> {
  if (!logoPath) return { logo: null, diagnostics: [] };
  const { loadLogo } = await import('../render/logo.js');
  return loadLogo(dir, logoPath);
}

export function locateDiagnostic(d: Diagnostic, sources: Map<string, SourceFile>, target: 'key' | 'value' = 'value'): Diagnostic {
  if (d.line !== undefined || !d.file || !d.path) return d;
  const source = sources.get(d.file);
  if (!source) return d;
  return { ...d, ...locate(source, d.path, target) };
}

function declaredLanguage(data: unknown): string | undefined {
  if (data && typeof data === 'object' && 'language' in data) {
    const value = (data as { language: unknown }).language;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}
