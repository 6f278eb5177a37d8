import { describe, expect, it } from 'vitest';
import { findPlaceholders, PLACEHOLDER_MARK } from '../../../src/lint/find-placeholders.js';

describe('findPlaceholders', () => {
  it('uses the marker plan init writes', () => {
    expect(PLACEHOLDER_MARK).toBe('TODO');
  });

  it('finds every occurrence in nested texts, with its path and an excerpt of its line', () => {
    const data = {
      title: 'Plan',
      coordinator: { name: 'TODO: naam' },
      goals: [{ title: 'ok' }, { text: 'Eerste regel.\nTODO: tweede regel. TODO ook hier.' }],
      year: 2025,
    };
    expect(findPlaceholders(data)).toEqual([
      { path: ['coordinator', 'name'], occurrence: 0, excerpt: 'TODO: naam' },
      { path: ['goals', 1, 'text'], occurrence: 0, excerpt: 'TODO: tweede regel. TODO ook hier.' },
      { path: ['goals', 1, 'text'], occurrence: 1, excerpt: 'TODO: tweede regel. TODO ook hier.' },
    ]);
  });

  it('shortens long lines and ignores lower case', () => {
    const [found] = findPlaceholders(`TODO: ${'x'.repeat(100)}`);
    expect(found!.excerpt).toHaveLength(60);
    expect(found!.excerpt.endsWith('…')).toBe(true);
    expect(findPlaceholders('nog todo')).toEqual([]);
  });
});
