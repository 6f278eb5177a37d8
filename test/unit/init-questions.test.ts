import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askMissing, QuestionsAborted, type KnownAnswers } from '../../src/cli/commands/init-questions.js';

const defaults = { municipality: 'Balen', period: { start: 2027, end: 2032 } };

async function ask(answers: string, known: KnownAnswers = {}): Promise<{ result: Awaited<ReturnType<typeof askMissing>>; shown: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  input.end(answers);
  const result = await askMissing(known, defaults, input, output);
  return { result, shown };
}

describe('the questions of plan init', () => {
  it('takes the default shown in brackets for every empty answer', async () => {
    const { result, shown } = await ask('\n\n\n\n');
    expect(result).toEqual({ language: 'nl-BE', municipalities: [{ id: 'balen', name: 'Balen' }], period: { start: 2027, end: 2032 }, model: 'brugge' });
    expect(shown).toContain('[Balen]');
    expect(shown).toContain('[2027-2032]');
    expect(shown).toContain('[brugge]');
  });

  it('explains a wrong answer and asks again, then continues in the chosen language', async () => {
    const { result, shown } = await ask('fr\nen\nMol, Dessel\n2031-2026\n2028-2033\n2\n');
    expect(shown).toContain("'fr' is geen taal");
    expect(shown).toContain('Policy period');
    expect(shown).toContain("did you mean '2026-2031'");
    expect(result).toEqual({
      language: 'en',
      municipalities: [
        { id: 'mol', name: 'Mol' },
        { id: 'dessel', name: 'Dessel' },
      ],
      period: { start: 2028, end: 2033 },
      model: 'vlaams-integraal',
    });
  });

  it('proposes the Trimbos pillars for a Dutch plan', async () => {
    const { result } = await ask('nl-NL\nCulemborg\n\n\n');
    expect(result.model).toBe('trimbos');
  });

  it('asks nothing the flags already settled', async () => {
    const known: KnownAnswers = { language: 'nl-BE', municipalities: [{ id: 'mol', name: 'Mol' }], period: { start: 2026, end: 2031 }, model: 'trimbos' };
    const { result, shown } = await ask('', known);
    expect(result).toEqual(known);
    expect(shown).toBe('');
  });

  it('stops when the input ends before every question is answered', async () => {
    await expect(ask('nl-BE\n')).rejects.toBeInstanceOf(QuestionsAborted);
  });
});
