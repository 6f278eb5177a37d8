import { describe, expect, it } from 'vitest';
import { compileTemplates, loadTemplates, type TemplateSet } from '../../src/render/templates.js';

// plan preview renders again on every save; keeping the compiled partials saved about 25 ms of
// each HTML update. These tests fail when that keeping silently stops, or keeps too much.
describe('compileTemplates keeps the last environment per helper set', () => {
  const helpers = { shout: (s: unknown) => String(s).toUpperCase() };
  const options = { noEscape: false };

  it('gives the same environment for the same partials, helpers and options', async () => {
    const set = await loadTemplates('html', undefined, process.cwd());
    expect(compileTemplates(set, helpers, options)).toBe(compileTemplates(set, helpers, options));
  });

  it('compiles again when a partial changes, and for other options or another root', async () => {
    const set = await loadTemplates('html', undefined, process.cwd());
    const first = compileTemplates(set, helpers, options);
    const [name, source] = [...set.partials][0]!;
    const changed: TemplateSet = { ...set, partials: new Map(set.partials).set(name, { ...source, text: `${source.text}<!-- changed -->` }) };
    expect(compileTemplates(changed, helpers, options)).not.toBe(first);
    expect(compileTemplates(set, helpers, { noEscape: true })).not.toBe(compileTemplates(set, helpers, options));
    expect(compileTemplates(set, helpers, { ...options, root: 'report' })).not.toBe(compileTemplates(set, helpers, options));
  });
});
