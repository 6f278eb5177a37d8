import { operations, pageContent, readObjects, text, type PdfDict, type PdfObjects, type PdfValue } from './pdf-objects.js';

/**
 * A checker for the machine-checkable failure conditions of PDF/UA-1 (ISO 14289-1), as the
 * Matterhorn Protocol 1.1 lists them, grouped by its checkpoints: 01 real content tagged,
 * 06 metadata, 07 dictionary, 09 appropriate tags, 11 natural language, 13 graphics,
 * 14 headings, 15 tables, 16 lists, 28 annotations, 31 fonts. What needs a human (is the
 * order logical, is the alternative text right, is a heading really a heading) it cannot
 * judge; the reading-order test (test/e2e/pdf-accessibility.test.ts) covers the order.
 */

export interface Failure {
  checkpoint: string;
  message: string;
}

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
const STANDARD_TYPES = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);

/** Which parents a structure type may have (ISO 32000-1 14.8.4, as PDF/UA validators apply it). */
const PARENTS: Record<string, string[]> = {
  TR: ['Table', 'THead', 'TBody', 'TFoot'],
  TH: ['TR'],
  TD: ['TR'],
  THead: ['Table'],
  TBody: ['Table'],
  TFoot: ['Table'],
  LI: ['L'],
  Lbl: ['LI', 'BibEntry', 'Note'],
  LBody: ['LI'],
  TOCI: ['TOC'],
};
/** Which children a grouping type may have. */
const CHILDREN: Record<string, string[]> = {
  Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
  THead: ['TR'],
  TBody: ['TR'],
  TFoot: ['TR'],
  TR: ['TH', 'TD'],
  L: ['LI', 'L', 'Caption'],
  LI: ['Lbl', 'LBody'],
  TOC: ['TOCI', 'TOC', 'Caption'],
  TOCI: ['Lbl', 'Reference', 'NonStruct', 'P', 'TOC'],
};

const TEXT_OPERATORS = new Set(['Tj', 'TJ', "'", '"']);
const PAINT_OPERATORS = new Set(['f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'EI']);

export interface StructNode {
  type: string;
  ref: string;
  dict: PdfDict;
  children: Array<StructNode | { mcid: number; page: string } | { annotation: string; page: string | undefined }>;
}

/** The structure tree, from StructTreeRoot down, in tree order. */
export function structureTree(objects: PdfObjects): StructNode[] {
  const root = objects.dict(objects.catalog['/StructTreeRoot']);
  if (!root) return [];
  const seen = new Set<string>();
  const element = (ref: string, inheritedPage: string | undefined): StructNode | undefined => {
    if (seen.has(ref)) return undefined;
    seen.add(ref);
    const dict = objects.dict(ref);
    if (!dict) return undefined;
    const page = (dict['/Pg'] as string | undefined) ?? inheritedPage;
    const node: StructNode = { type: String(dict['/S'] ?? '').slice(1), ref, dict, children: [] };
    const kids = dict['/K'];
    for (const kid of Array.isArray(kids) ? kids : kids === undefined ? [] : [kids]) {
      if (typeof kid === 'number') {
        if (page) node.children.push({ mcid: kid, page });
        continue;
      }
      const kidDict = objects.dict(kid);
      if (kidDict?.['/Type'] === '/MCR') node.children.push({ mcid: kidDict['/MCID'] as number, page: (kidDict['/Pg'] as string | undefined) ?? page! });
      else if (kidDict?.['/Type'] === '/OBJR') node.children.push({ annotation: kidDict['/Obj'] as string, page: (kidDict['/Pg'] as string | undefined) ?? page });
      else if (typeof kid === 'string') {
        const child = element(kid, page);
        if (child) node.children.push(child);
      }
    }
    return node;
  };
  const kids = root['/K'];
  return (Array.isArray(kids) ? kids : kids ? [kids] : []).flatMap((k) => {
    const node = typeof k === 'string' ? element(k, undefined) : undefined;
    return node ? [node] : [];
  });
}

export function* walk(nodes: readonly StructNode[], parent?: StructNode): Generator<{ node: StructNode; parent: StructNode | undefined }> {
  for (const node of nodes) {
    yield { node, parent };
    yield* walk(node.children.filter((c): c is StructNode => 'type' in c), node);
  }
}

/** Attributes of a structure element, owner /Table, merged. */
function tableAttributes(objects: PdfObjects, dict: PdfDict): PdfDict {
  const a = objects.get(dict['/A']);
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return Object.assign({}, ...list.map((x) => objects.dict(x) ?? {}).filter((x) => x['/O'] === '/Table'));
}

/** Fonts of a resource dictionary, and of the form XObjects in it, by reference or value. */
function fontsOf(objects: PdfObjects, resources: PdfValue | undefined, into: Map<string, PdfDict>, seen = new Set<PdfDict>()): void {
  const res = objects.dict(resources);
  if (!res || seen.has(res)) return;
  seen.add(res);
  const fonts = objects.dict(res['/Font']) ?? {};
  for (const [name, ref] of Object.entries(fonts)) {
    const font = objects.dict(ref);
    if (font) into.set(typeof ref === 'string' ? ref : name, font);
  }
  for (const ref of Object.values(objects.dict(res['/XObject']) ?? {})) {
    const xobject = objects.dict(ref);
    if (xobject?.['/Subtype'] === '/Form') fontsOf(objects, xobject['/Resources'], into, seen);
  }
  for (const ref of Object.values(objects.dict(res['/Pattern']) ?? {})) fontsOf(objects, objects.dict(ref)?.['/Resources'], into, seen);
}

export async function checkPdfUa(pdf: Uint8Array): Promise<Failure[]> {
  const failures: Failure[] = [];
  const fail = (checkpoint: string, message: string): void => {
    failures.push({ checkpoint, message });
  };
  const objects = readObjects(pdf);
  const { catalog } = objects;

  // 06 Metadata, 07 Dictionary, 11 Language, and what makes a tagged PDF.
  if (objects.version !== '1.7') fail('—', `PDF version ${objects.version}, not 1.7`);
  const metadata = objects.stream(catalog['/Metadata'])?.data.toString('utf8');
  if (!metadata) fail('06', 'no XMP metadata stream in the catalog');
  else {
    if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(metadata)) fail('06', 'XMP metadata lacks pdfuaid:part 1');
    if (!/<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>[^<\s][^<]*<\/rdf:li>/.test(metadata)) fail('06', 'XMP metadata lacks dc:title');
  }
  if (objects.dict(catalog['/ViewerPreferences'])?.['/DisplayDocTitle'] !== true) fail('07', 'ViewerPreferences lacks DisplayDocTitle true');
  const markInfo = objects.dict(catalog['/MarkInfo']);
  if (markInfo?.['/Marked'] !== true) fail('01', 'MarkInfo lacks Marked true');
  if (markInfo?.['/Suspects'] === true) fail('01', 'MarkInfo has Suspects true');
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(text(objects.get(catalog['/Lang'])))) fail('11', `no valid /Lang in the catalog (${text(objects.get(catalog['/Lang'])) || 'none'})`);
  const structRoot = objects.dict(catalog['/StructTreeRoot']);
  if (!structRoot) fail('01', 'no structure tree (StructTreeRoot)');
  if (structRoot?.['/RoleMap']) fail('02', 'a RoleMap (this checker knows only standard types)');

  // 01 Real content tagged: every text and painting operator inside marked content, tagged
  // content never inside an artifact and the other way round, every MCID in the tree.
  const contentMcids = new Map<string, Set<number>>();
  objects.pages.forEach((page, index) => {
    const mcids = new Set<number>();
    contentMcids.set(page, mcids);
    const stack: Array<{ tag: string; mcid?: number }> = [];
    let untaggedText = 0;
    let untaggedPaint = 0;
    for (const { op, operands } of operations(pageContent(objects, page))) {
      if (op === 'BMC' || op === 'BDC') {
        const tag = String(operands[0]).slice(1);
        const props = operands[1] && typeof operands[1] === 'object' ? (operands[1] as Record<string, unknown>) : {};
        const mcid = typeof props['/MCID'] === 'number' ? props['/MCID'] : undefined;
        const inArtifact = stack.some((m) => m.tag === 'Artifact');
        const inTagged = stack.some((m) => m.mcid !== undefined);
        if (mcid !== undefined && inArtifact) fail('01', `page ${index + 1}: tagged content (MCID ${mcid}) inside an artifact`);
        if (tag === 'Artifact' && inTagged) fail('01', `page ${index + 1}: an artifact inside tagged content`);
        if (mcid !== undefined) {
          if (mcids.has(mcid)) fail('01', `page ${index + 1}: MCID ${mcid} used twice`);
          mcids.add(mcid);
        }
        stack.push(mcid === undefined ? { tag } : { tag, mcid });
      } else if (op === 'EMC') {
        if (!stack.pop()) fail('01', `page ${index + 1}: EMC without BMC/BDC`);
      } else if (TEXT_OPERATORS.has(op) || PAINT_OPERATORS.has(op)) {
        const marked = stack.some((m) => m.mcid !== undefined || m.tag === 'Artifact');
        if (!marked && TEXT_OPERATORS.has(op)) untaggedText++;
        else if (!marked) untaggedPaint++;
      }
    }
    if (stack.length > 0) fail('01', `page ${index + 1}: marked content left open`);
    if (untaggedText) fail('01', `page ${index + 1}: ${untaggedText} text operators neither tagged nor artifact`);
    if (untaggedPaint) fail('01', `page ${index + 1}: ${untaggedPaint} painting operators neither tagged nor artifact`);
  });

  const tree = structureTree(objects);
  const treeMcids = new Map<string, Set<number>>();
  const parentTree = new Map<number, PdfValue>();
  const nums = (node: PdfDict | undefined): void => {
    if (!node) return;
    const list = (node['/Nums'] as PdfValue[] | undefined) ?? [];
    for (let i = 0; i + 1 < list.length; i += 2) parentTree.set(list[i] as number, list[i + 1]!);
    for (const kid of (node['/Kids'] as PdfValue[] | undefined) ?? []) nums(objects.dict(kid));
  };
  nums(objects.dict(structRoot?.['/ParentTree']));

  // 09 Appropriate tags, 13 Graphics, 14 Headings, 15 Tables, 16 Lists.
  let firstHeading = true;
  let lastLevel = 0;
  let plainH = false;
  let numberedH = false;
  for (const { node, parent } of walk(tree)) {
    const { type } = node;
    if (!STANDARD_TYPES.has(type)) fail('09', `structure type ${type} is not a standard type`);
    const parentType = parent?.type ?? '(root)';
    if (PARENTS[type] && !PARENTS[type]!.includes(parentType)) fail('09', `${type} inside ${parentType}`);
    const kids = node.children.filter((c): c is StructNode => 'type' in c);
    if (CHILDREN[type]) {
      for (const kid of kids) if (!CHILDREN[type]!.includes(kid.type)) fail('09', `${kid.type} inside ${type}`);
      if (node.children.some((c) => 'mcid' in c)) fail('09', `content directly inside ${type}`);
    }
    for (const c of node.children) {
      if ('mcid' in c) {
        if (!treeMcids.has(c.page)) treeMcids.set(c.page, new Set());
        treeMcids.get(c.page)!.add(c.mcid);
      }
    }
    if (type === 'Figure' || type === 'Formula') {
      const alt = text(objects.get(node.dict['/Alt'])) || text(objects.get(node.dict['/ActualText']));
      if (alt.trim() === '') fail('13', `${type} without alternative text`);
    }
    if (type === 'H') plainH = true;
    const level = /^H([1-6])$/.exec(type)?.[1];
    if (level) {
      numberedH = true;
      const n = Number(level);
      if (firstHeading && n !== 1) fail('14', `the first heading is H${n}, not H1`);
      if (n > lastLevel + 1) fail('14', `H${n} follows H${lastLevel}: a heading level skipped`);
      firstHeading = false;
      lastLevel = n;
    }
    if (type === 'TH' && !tableAttributes(objects, node.dict)['/Scope'] && !node.dict['/ID']) fail('15', 'TH without Scope');
    if (type === 'Table') {
      const rows = [...walk([node])].filter(({ node: n }) => n.type === 'TR').map(({ node: n }) => n);
      const widths = rows.map((row) =>
        row.children.filter((c): c is StructNode => 'type' in c).reduce((sum, cell) => sum + Number(tableAttributes(objects, cell.dict)['/ColSpan'] ?? 1), 0),
      );
      if (new Set(widths).size > 1) fail('15', `table rows of unequal width (${[...new Set(widths)].join(', ')} cells)`);
    }
    if (type === 'LI' && kids.length === 0) fail('16', 'LI without Lbl or LBody');
  }
  if (plainH && numberedH) fail('14', 'both H and H1–H6 used');

  for (const [page, mcids] of contentMcids) {
    const inTree = treeMcids.get(page) ?? new Set<number>();
    const pageNumber = objects.pages.indexOf(page) + 1;
    const missing = [...mcids].filter((m) => !inTree.has(m));
    if (missing.length) fail('01', `page ${pageNumber}: MCIDs ${missing.slice(0, 5).join(', ')} not in the structure tree`);
    const dangling = [...inTree].filter((m) => !mcids.has(m));
    if (dangling.length) fail('01', `page ${pageNumber}: the structure tree names MCIDs ${dangling.slice(0, 5).join(', ')} that the page does not have`);
    const key = objects.dict(page)?.['/StructParents'];
    if (mcids.size > 0 && typeof key !== 'number') fail('01', `page ${pageNumber}: tagged content but no StructParents`);
    else if (mcids.size > 0) {
      const parents = objects.get(parentTree.get(key as number));
      if (!Array.isArray(parents) || [...mcids].some((m) => !parents[m])) fail('01', `page ${pageNumber}: the parent tree lacks entries for its MCIDs`);
    }
  }

  // 28 Annotations: each tagged (a Link element with an OBJR to it), described, tab order S.
  const annotationParents = new Map<string, StructNode>();
  for (const { node } of walk(tree)) for (const c of node.children) if ('annotation' in c) annotationParents.set(c.annotation, node);
  objects.pages.forEach((page, index) => {
    const dict = objects.dict(page)!;
    const annots = (objects.get(dict['/Annots']) as PdfValue[] | undefined) ?? [];
    if (annots.length > 0 && dict['/Tabs'] !== '/S') fail('28', `page ${index + 1}: annotations but no /Tabs /S`);
    for (const ref of annots) {
      const annot = objects.dict(ref)!;
      if (annot['/Subtype'] === '/Popup') continue;
      const owner = typeof ref === 'string' ? annotationParents.get(ref) : undefined;
      if (!owner) fail('28', `page ${index + 1}: ${String(annot['/Subtype'])} annotation not in the structure tree`);
      else if (annot['/Subtype'] === '/Link' && owner.type !== 'Link') fail('28', `page ${index + 1}: link annotation inside ${owner.type}, not Link`);
      if (typeof annot['/StructParent'] !== 'number') fail('28', `page ${index + 1}: annotation without StructParent`);
      if (text(objects.get(annot['/Contents'])).trim() === '') fail('28', `page ${index + 1}: ${String(annot['/Subtype'])} annotation without /Contents`);
    }
  });

  // 31 Fonts: embedded, with a Unicode mapping; a Type 2 CIDFont with CIDToGIDMap.
  const fonts = new Map<string, PdfDict>();
  for (const page of objects.pages) fontsOf(objects, objects.dict(page)?.['/Resources'], fonts);
  for (const [ref, font] of fonts) {
    const name = String(font['/BaseFont'] ?? ref);
    const descendant = font['/Subtype'] === '/Type0' ? objects.dict((objects.get(font['/DescendantFonts']) as PdfValue[] | undefined)?.[0]) : font;
    if (font['/Subtype'] === '/Type3') continue;
    const descriptor = objects.dict(descendant?.['/FontDescriptor']);
    if (!descriptor || !(descriptor['/FontFile'] || descriptor['/FontFile2'] || descriptor['/FontFile3'])) fail('31', `font ${name} is not embedded`);
    if (!font['/ToUnicode'] && font['/Encoding'] !== '/WinAnsiEncoding' && font['/Encoding'] !== '/MacRomanEncoding') fail('31', `font ${name} has no ToUnicode map`);
    if (descendant?.['/Subtype'] === '/CIDFontType2' && !descendant['/CIDToGIDMap']) fail('31', `font ${name}: CIDFontType2 without CIDToGIDMap`);
  }
  return failures;
}

/** Failures as one line each, for a test's message. */
export const describeFailures = (failures: readonly Failure[]): string => failures.map((f) => `${f.checkpoint}: ${f.message}`).join('\n');
