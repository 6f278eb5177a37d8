import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces.js';
import { markdownBlocks, markdownInline } from '../../src/render/pdf/markdown-pdf.js';

const style = { linkColour: '#123456', ruleColour: '#999999', quoteColour: '#555555' };

/** All text in a piece of pdfmake content, in order. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(textOf).join('');
  if (content && typeof content === 'object') {
    const node = content as Record<string, unknown>;
    for (const key of ['text', 'stack', 'ul', 'ol']) if (key in node) return textOf(node[key]);
    if ('table' in node) return textOf((node.table as { body: unknown }).body);
  }
  return '';
}

const runs = (content: Content[]): Array<Record<string, unknown>> => {
  const first = content[0] as unknown as { text: Array<Record<string, unknown>> };
  return first.text;
};

describe('Markdown to pdfmake', () => {
  it('turns paragraphs into separate blocks and joins soft line breaks with a space', () => {
    const blocks = markdownBlocks('Eerste regel\ntweede regel.\n\nTweede alinea.', style);
    expect(blocks).toHaveLength(2);
    expect(textOf(blocks[0])).toBe('Eerste regel tweede regel.');
    expect(textOf(blocks[1])).toBe('Tweede alinea.');
  });

  it('marks strong and emphasised text as bold and italics, without asterisks', () => {
    const text = runs(markdownBlocks('Een **sterk** en *schuin* woord.', style));
    expect(text).toContainEqual({ text: 'sterk', bold: true });
    expect(text).toContainEqual({ text: 'schuin', italics: true });
    expect(textOf(text)).toBe('Een sterk en schuin woord.');
  });

  it('makes bullet and numbered lists, keeping the start number', () => {
    const [ul] = markdownBlocks('- een\n- twee', style) as [{ ul: Content[] }];
    expect(ul.ul.map(textOf)).toEqual(['een', 'twee']);
    const [ol] = markdownBlocks('3. drie\n4. vier', style) as [{ ol: Content[]; start: number }];
    expect(ol.ol.map(textOf)).toEqual(['drie', 'vier']);
    expect(ol.start).toBe(3);
  });

  it('links http, https and mailto targets, and shows other links as plain text', () => {
    const safe = runs(markdownBlocks('Zie [de site](https://example.org) of [mail](mailto:a@example.org).', style));
    expect(safe).toContainEqual(expect.objectContaining({ text: 'de site', link: 'https://example.org', color: '#123456' }));
    expect(safe).toContainEqual(expect.objectContaining({ text: 'mail', link: 'mailto:a@example.org' }));
    const unsafe = runs(markdownBlocks('[klik](javascript:alert(1))', style));
    expect(unsafe.some((r) => 'link' in r)).toBe(false);
  });

  it('shows raw HTML as text rather than dropping or running it', () => {
    expect(textOf(markdownBlocks('Een <b>tag</b> hier.', style))).toBe('Een <b>tag</b> hier.');
  });

  it('renders quotes, code and tables without their syntax', () => {
    expect(textOf(markdownBlocks('> Een citaat', style))).toBe('Een citaat');
    expect(textOf(markdownBlocks('Gebruik `plan render`.', style))).toBe('Gebruik plan render.');
    const table = markdownBlocks('| a | b |\n|---|--:|\n| 1 | 2 |', style)[0] as { table: { headerRows: number; body: unknown[][] } };
    expect(table.table.headerRows).toBe(1);
    expect(table.table.body).toHaveLength(2);
  });

  it('parses inline Markdown for list items and table cells', () => {
    expect(markdownInline('  met *nadruk*  ', style)).toEqual([{ text: 'met ' }, { text: 'nadruk', italics: true }]);
  });
});
