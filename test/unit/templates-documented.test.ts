import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';

const docs = readFileSync(join(repoRoot, 'docs', 'templates.md'), 'utf8');
const partials = (format: string): string[] =>
  readdirSync(join(repoRoot, 'templates', format))
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => f.slice(0, -4));

describe('shipped partials', () => {
  it.each(['html', 'markdown'])('every %s partial is documented in docs/templates.md', (format) => {
    const undocumented = partials(format).filter((name) => !docs.includes(`| \`${name}\` |`));
    expect(undocumented).toEqual([]);
  });

  it('both formats have the same partials, but for the HTML stylesheet', () => {
    expect(partials('html').filter((p) => p !== 'styles')).toEqual(partials('markdown'));
  });
});
