import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { checkWith, hits } from '../../helpers/lint.js';

const serif = (t: string): string => `${t}style:\n  font: serif\n`;

describe('pdf-characters', () => {
  it('is quiet on the base fixture, and on Dutch and French with their punctuation', async () => {
    expect(hits(await checkWith(), 'pdf-characters')).toEqual([]);
    const result = await checkWith({
      'mission.yaml': (t) => t.replace('De gemeente voert', 'De gemeente – “samen” – voert … een beleid à la carte, façon Liège, coördinatie € 5 000, ½ ≥ ¼ •'),
    });
    expect(hits(result, 'pdf-characters')).toEqual([]);
  });

  it('reports a text with Arabic and an emoji at the first such character, naming each once', async () => {
    const result = await checkWith({ 'mission.yaml': (t) => t.replace('De gemeente voert', 'De gemeente (بلدية) voert 😀 en 😀') });
    expect(hits(result, 'pdf-characters')).toEqual([{ code: 'pdf-missing-glyphs', severity: 'warning', file: 'mission.yaml', line: 1, column: 23 }]);
    const d = result.diagnostics.find((x) => x.rule === 'pdf-characters')!;
    const { message, hint } = renderMessage(d, 'nl');
    expect(message).toBe("het lettertype Source Sans 3 van de PDF heeft geen tekens voor 'ب' (U+0628), 'ل' (U+0644), 'د' (U+062F), 'ي' (U+064A), 'ة' (U+0629), '😀' (U+1F600): in plan.pdf blijven die leeg");
    expect(hint).toContain('Vervang ze door gewone tekst');
    expect(renderMessage(d, 'en').message).toBe("the PDF's font Source Sans 3 has no glyph for 'ب' (U+0628), 'ل' (U+0644), 'د' (U+062F), 'ي' (U+064A), 'ة' (U+0629), '😀' (U+1F600): they stay blank in plan.pdf");
  });

  it('points into a block text, one warning per text, in every file', async () => {
    const result = await checkWith({
      'plan.yaml': (t) => t.replace('  Een korte inleiding.\n', '  Een korte inleiding.\n  Tweede regel met een ster ★ erin.\n'),
      'goals.yaml': (t) => t.replace('- Jaarlijks rapport aan de stuurgroep.', '- Jaarlijks rapport 📊 aan de stuurgroep 📊.'),
    });
    expect(hits(result, 'pdf-characters')).toEqual([
      { code: 'pdf-missing-glyphs', severity: 'warning', file: 'goals.yaml', line: 6, column: 27 },
      { code: 'pdf-missing-glyphs', severity: 'warning', file: 'plan.yaml', line: 20, column: 29 },
    ]);
    const star = result.diagnostics.find((x) => x.rule === 'pdf-characters' && x.file === 'plan.yaml')!;
    expect(renderMessage(star, 'nl').message).toBe("het lettertype Source Sans 3 van de PDF heeft geen teken voor '★' (U+2605): in plan.pdf blijft dat leeg");
  });

  it('finds a character written as an escape, at its text', async () => {
    const result = await checkWith({ 'mission.yaml': (t) => t.replace('mission: De gemeente voert een integraal alcohol- en drugbeleid.', 'mission: "Samen \\U0001F4AA tegen verslaving."') });
    expect(hits(result, 'pdf-characters')).toEqual([{ code: 'pdf-missing-glyphs', severity: 'warning', file: 'mission.yaml', line: 1, column: 10 }]);
  });

  it('ignores comments, the logo path and the $schema line', async () => {
    const result = await checkWith({ 'mission.yaml': (t) => `# Missie 😀 van de gemeente\n${t}`, 'plan.yaml': (t) => `${t}style:\n  logo: logo-★.png\n` }, { allowErrors: true });
    expect(hits(result, 'pdf-characters')).toEqual([]);
  });

  it('uses the font the plan chose, and suggests the other shipped font when that one has the characters', async () => {
    // Source Serif 4 has no non-breaking hyphen (U+2011); Source Sans 3 has.
    const withHyphen = (t: string): string => t.replace('De gemeente voert', 'De gemeente voert E\u201119');
    expect(hits(await checkWith({ 'mission.yaml': withHyphen }), 'pdf-characters')).toEqual([]);
    const result = await checkWith({ 'plan.yaml': serif, 'mission.yaml': withHyphen });
    expect(hits(result, 'pdf-characters')).toEqual([{ code: 'pdf-missing-glyphs', severity: 'warning', file: 'mission.yaml', line: 1, column: 29 }]);
    const d = result.diagnostics.find((x) => x.rule === 'pdf-characters')!;
    expect(renderMessage(d, 'nl').message).toContain('het lettertype Source Serif 4 van de PDF heeft geen teken voor');
    expect(renderMessage(d, 'nl').hint).toBe('Kies in plan.yaml het lettertype Source Sans 3, dat deze tekens wel heeft (style: { font: sans }), of vervang ze door gewone tekst.');
  });

  it('names at most eight characters', async () => {
    const result = await checkWith({ 'mission.yaml': (t) => t.replace('De gemeente voert', 'De gemeente voert 一二三四五六七八九十') });
    const d = result.diagnostics.find((x) => x.rule === 'pdf-characters')!;
    expect(renderMessage(d, 'nl').message).toMatch(/'八' \(U\+516B\) …: in plan\.pdf blijven die leeg$/);
  });
});
