import { describe, expect, it } from 'vitest';
import { toId } from '../../src/validate/schema-errors.js';

describe('toId suggests a valid id', () => {
  it.each([
    ['Lokale Politie', 'lokale-politie'],
    ['Minder_Gebruik', 'minder-gebruik'],
    ['3-MMC', '3-mmc'],
    ['2C-B', '2c-b'],
    ['4-FA', '4-fa'],
    [' -Café Één- ', 'cafe-een'],
  ])('%j → %j', (value, id) => {
    expect(toId(value)).toBe(id);
  });
});
