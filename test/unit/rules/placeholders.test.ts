import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/index.js';
import { checkWith, hits } from '../../helpers/lint.js';

describe('placeholders', () => {
  it('is quiet on the base fixture', async () => {
    expect(hits(await checkWith(), 'placeholders')).toEqual([]);
  });

  it('reports each TODO at its own line and column, also inside a block text', async () => {
    const result = await checkWith({
      'plan.yaml': (t) =>
        t
          .replace('name: Jan Janssens', 'name: "TODO: naam van de coördinator"')
          .replace('  Een korte inleiding.\n', '  Een korte inleiding.\n\n  TODO: schrijf waarom de gemeente een beleid voert.\n  Nog een regel, en hier TODO ook.\n'),
      'goals.yaml': (t) => t.replace('- Jaarlijks rapport aan de stuurgroep.', '- TODO')
    });
    expect(hits(result, 'placeholders')).toEqual([
      { code: 'placeholder', severity: 'warning', file: 'goals.yaml', line: 6, column: 9 },
      { code: 'placeholder', severity: 'warning', file: 'plan.yaml', line: 16, column: 10 },
      { code: 'placeholder', severity: 'warning', file: 'plan.yaml', line: 21, column: 3 },
      { code: 'placeholder', severity: 'warning', file: 'plan.yaml', line: 22, column: 26 },
    ]);
    const coordinator = result.diagnostics.find((d) => d.rule === 'placeholders' && d.file === 'plan.yaml')!;
    expect(renderMessage(coordinator, 'nl').message).toBe("nog in te vullen: 'TODO: naam van de coördinator'");
  });

  it('ignores TODO in comments and lower-case todo', async () => {
    const result = await checkWith({ 'plan.yaml': (t) => `# Vul alle waarden met TODO in.\n${t.replace('Een korte inleiding.', 'Een korte inleiding, nog todo.')}` });
    expect(hits(result, 'placeholders')).toEqual([]);
  });
});
