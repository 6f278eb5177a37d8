import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { tooDeepAt } from '../../../src/lint/rules/markdown-nesting.js';
import { checkWith, hits } from '../../helpers/lint.js';

const nestedList = (depth: number): string => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- niveau ${i + 1}`).join('\n');

describe('markdown-nesting', () => {
  it('finds the line where markdown-it stops reading, and nothing in ordinary or merely deep texts', () => {
    expect(tooDeepAt('Een tekst.\n\n- een\n  - twee\n')).toBeNull();
    expect(tooDeepAt(nestedList(45))).toBeNull();
    expect(tooDeepAt(`${nestedList(60)}\n\nNa de lijst.`)).toBe(49);
    expect(tooDeepAt(`${'>'.repeat(101)} citaat`)).toBe(0);
  });

  it('reports a too deep text as an error at the line where the reading stops', async () => {
    const deep = nestedList(60)
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n');
    const result = await checkWith({ 'mission.yaml': (t) => t.replace('  text: Van preventie tot zorg.\n', `  text: |\n${deep.replace(/^/gm, '      ')}\n`) }, { allowErrors: true });
    const found = hits(result, 'markdown-nesting');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'markdown-too-deep', severity: 'error', file: 'mission.yaml' });
    const d = result.diagnostics.find((x) => x.rule === 'markdown-nesting')!;
    expect(renderMessage(d, 'nl').message).toContain('vanaf regel 50 van deze tekst');
    expect(renderMessage(d, 'en').hint).toContain('less deep');
    expect(hits(await checkWith(), 'markdown-nesting')).toEqual([]);
  });
});
