/**
 * Property: the plan's numbers, amounts and dates read exactly as Intl writes them, in every
 * language of the tool, though src/locale/locale-format.ts only asks Intl for the rare cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber } from '../../src/locale/locale-format.js';

const languages = ['nl-BE', 'nl-NL', 'en'] as const;
const localeOf = (language: string): string => (language === 'en' ? 'en-GB' : 'nl-BE');
const intlNumber = (value: number, language: string): string => new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
const intlMoney = (value: number, language: string, currency: string): string =>
  new Intl.NumberFormat(localeOf(language), { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);

/** Numbers as plans have them (percentages, counts, amounts), their halves and edges, and any double. */
const numbers = fc.oneof(
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100 + 0.005),
  fc.integer({ min: -1000, max: 1000 }).map((n) => n / 2),
  fc.constantFrom(0, -0, 0.005, 1.005, 2.675, 9.995, 999.995, 999999.995, -0.001, -0.004, 1e15, 1e21, 5e-7, 123456789012.345, Number.MAX_SAFE_INTEGER),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

describe('numbers, amounts and dates in the plan language', () => {
  it('writes numbers as Intl.NumberFormat does', () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom(...languages), (value, language) => {
        expect(formatNumber(value, language)).toBe(intlNumber(value, language));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes amounts as Intl.NumberFormat does, in euro and in other currencies', () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom(...languages), fc.constantFrom('EUR', 'EUR', 'USD', 'GBP'), (value, language, currency) => {
        expect(formatMoney(value, language, currency)).toBe(intlMoney(value, language, currency));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes dates as toLocaleDateString does', () => {
    const dates = fc.tuple(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(dates, fc.constantFrom(...languages), ([y, m, d], language) => {
        const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const day = new Date(Date.UTC(y, m - 1, d));
        const expected = day.toLocaleDateString(language === 'en' ? 'en-GB' : language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
        expect(formatDate(date, language)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(formatDate(undefined, 'nl-BE')).toBeNull();
  });
});
