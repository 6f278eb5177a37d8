/**
 * The PDF as a screen reader and an accessibility checker read it (PDF/UA-1): every example,
 * run through the real renderer, passes our checker of the machine-checkable Matterhorn
 * conditions; its structure tree reads in the order of the document; pdf.js (Firefox's
 * reader) finds headings, tables, lists, the contents and the chart's text; the outline
 * nests like the contents and lands on the headings. The checker itself fails on an untagged
 * PDF, as the renderer made before it tagged (pdfmake's own output of the same definition).
 */
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { documentDefinition } from '../../src/render/pdf/document-definition.js';
import { fontDictionary, fontFamily, fontStore, svgFontFamily } from '../../src/render/pdf/fonts.js';
import { createContext } from '../../src/render/pdf/blocks.js';
import { chartAlt } from '../../src/render/pdf/overviews.js';
import { normaliseColour } from '../../src/render/pdf/theme.js';
import { examplesDir } from '../helpers/cli.js';
import { FIXED_DATE, flatten, headingLabel, logo, norm, pdfOf, viewOf } from '../helpers/pdf.js';
import { readObjects, text, type PdfDict } from '../helpers/pdf-objects.js';
import { checkPdfUa, describeFailures, structureTree, walk } from '../helpers/pdfua.js';
import { definitionText, sameText, structureText } from '../helpers/reading-order.js';

const examples = ['brugge', 'gemeente-x', 'kempen'];

interface StructTreeNode {
  role?: string;
  alt?: string;
  children?: StructTreeNode[];
}

/** Every role and alternative text pdf.js reads from the structure tree, page by page. */
async function pdfjsStructure(pdf: Uint8Array): Promise<{ roles: Set<string>; alts: string[] }> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const roles = new Set<string>();
  const alts: string[] = [];
  const visit = (node: StructTreeNode): void => {
    if (node.role) roles.add(node.role);
    if (node.alt) alts.push(node.alt);
    node.children?.forEach(visit);
  };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const tree = (await page.getStructTree()) as StructTreeNode | null;
    if (tree) visit(tree);
  }
  await doc.destroy();
  return { roles, alts };
}

/** The document definition renderPdf builds for a plan folder. */
async function definitionOf(dir: string): Promise<TDocumentDefinitions> {
  const view = await viewOf(dir);
  return documentDefinition(view, { logo: null, creationDate: FIXED_DATE, fontFamily: fontFamily('sans'), svgFontFamily: svgFontFamily('sans') });
}

describe.each(examples)('the PDF of %s', (name) => {
  const dir = join(examplesDir, name);

  it('passes the machine-checkable PDF/UA-1 conditions', async () => {
    const failures = await checkPdfUa(await pdfOf(dir, { logo: { data: await logo('logo.png'), mime: 'image/png' } }));
    expect(failures, describeFailures(failures)).toEqual([]);
  });

  it('reads in the order of the document: its structure holds every text once, tables row by row', async () => {
    const actual = (await structureText(await pdfOf(dir))).text;
    const expected = definitionText(await definitionOf(dir));
    const { same, at } = sameText(actual, expected);
    const squeezed = actual.replace(/\s+/g, '');
    expect(same, `differs at "${squeezed.slice(Math.max(0, at - 60), at)}⟨here⟩${squeezed.slice(at, at + 60)}"`).toBe(true);
  });

  it('has the headings of the table of contents as H1–H3, in order, and a nested outline that lands on them', async () => {
    const view = await viewOf(dir);
    const pdf = await pdfOf(dir);
    const objects = readObjects(pdf);
    const headings = [...walk(structureTree(objects))].filter(({ node }) => /^H\d$/.test(node.type)).map(({ node }) => node);
    const expected = flatten(view.toc, 3).map((e) => ({ level: e.level, title: headingLabel(e) }));
    const { elements } = await structureText(pdf);
    // The outline: titles and depths as the contents list them, each entry a named destination.
    const outline: Array<{ level: number; title: string; dest: string }> = [];
    const visit = (ref: unknown, level: number): void => {
      for (let item = objects.dict(ref as string); item; item = objects.dict(item['/Next'])) {
        outline.push({ level, title: norm(text(item['/Title'])), dest: text(item['/Dest']) });
        visit(item['/First'], level + 1);
      }
    };
    visit(objects.dict(objects.catalog['/Outlines'])?.['/First'], 1);
    // Every entry of the contents, in order and at its level; below them the goals and themes.
    let from = 0;
    for (const entry of expected) {
      const found = outline.findIndex((o, i) => i >= from && o.title === entry.title);
      expect(found, entry.title).toBeGreaterThanOrEqual(0);
      expect(outline[found]!.level, entry.title).toBe(entry.level);
      from = found + 1;
    }
    outline.forEach((o, i) => expect(o.level, o.title).toBeLessThanOrEqual((outline[i - 1]?.level ?? 0) + 1));
    const names = objects.dict(objects.dict(objects.catalog['/Names'])?.['/Dests']);
    const destinations = new Set<string>();
    const collect = (tree: PdfDict | undefined): void => {
      const list = (tree?.['/Names'] as unknown[] | undefined) ?? [];
      for (let i = 0; i < list.length; i += 2) destinations.add(text(list[i] as string));
      for (const kid of (tree?.['/Kids'] as unknown[] | undefined) ?? []) collect(objects.dict(kid as string));
    };
    collect(names);
    for (const entry of outline) expect(destinations.has(entry.dest), entry.title).toBe(true);
    // The headings: chapters H1, sections H2, subsections H3, as the contents nest them.
    const levels = new Map(expected.map((e) => [e.title, e.level]));
    const tagged = headings.map((h) => ({ type: h.type, title: norm(elements.get(h.ref) ?? '') }));
    for (const { title, level } of expected) {
      const found = tagged.find((h) => h.title.replace(/\s+/g, '') === title.replace(/\s+/g, ''));
      expect(found?.type, title).toBe(`H${level}`);
    }
    expect(levels.size).toBeGreaterThan(3);
  });

  it('is read back by pdf.js with headings, tables, lists, the contents, links and the chart in words', async () => {
    const view = await viewOf(dir);
    const { roles, alts } = await pdfjsStructure(await pdfOf(dir));
    for (const role of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'Link', 'Figure']) expect(roles, role).toContain(role);
    const ctx = createContext(view, normaliseColour(view.primaryColor), 'x');
    expect(alts).toContain(chartAlt(ctx, view.overviews.pillarBalance.counts));
    for (const pillar of view.overviews.pillarBalance.counts) expect(alts.join(' ')).toContain(`${pillar.name}: ${pillar.goals}`);
  });
});

describe('the PDF/UA checker', () => {
  it('fails on an untagged PDF: pdfmake’s own output of the same plan, as the renderer made it before', async () => {
    const definition = await definitionOf(join(examplesDir, 'brugge'));
    const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
    const dictionary = fontDictionary();
    for (const family of Object.values(dictionary)) for (const file of Object.values(family)) if (fontStore.existsSync(file)) vfs.writeFileSync(file, fontStore.readFileSync(file));
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => true);
    pdfmake.setFonts(dictionary);
    const untagged = new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
    const checkpoints = new Set((await checkPdfUa(untagged)).map((f) => f.checkpoint));
    expect([...checkpoints].sort()).toEqual(['01', '06', '07', '28', '—']);
  });
});
