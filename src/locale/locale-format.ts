import { monthNames } from './month-names.js';

/**
 * Numbers, amounts and dates as Intl writes them in the plan's language, without asking Intl
 * in the common cases. The first Intl.NumberFormat and the first toLocaleDateString of a
 * process load ICU's locale data, 10 to 30 ms together, for the handful of figures a plan has.
 *
 * Written out here: numbers up to two decimals (nl-BE: 1.234,5; en-GB: 1,234.5), whole euro
 * amounts (€ 1.234 / €1,234) and long dates (4 maart 2025 / 4 March 2025). Intl rounds half
 * away from zero on the shortest decimal form of a number (1.005 → 1,01), and so does this.
 * Anything else (other currencies, exponents, a negative amount that rounds to zero, years
 * outside 1000-9999) goes to Intl. test/property/locale-format.property.test.ts holds both to
 * the same output.
 */

type Locale = 'nl-BE' | 'en-GB';

const localeOf = (language: string): Locale => (language === 'en' ? 'en-GB' : 'nl-BE');
const separators: Record<Locale, { group: string; decimal: string }> = {
  'nl-BE': { group: '.', decimal: ',' },
  'en-GB': { group: ',', decimal: '.' },
};

const intlFormats = new Map<string, Intl.NumberFormat>();
function intlFormat(locale: Locale, currency?: string): Intl.NumberFormat {
  const key = `${locale}|${currency ?? ''}`;
  let format = intlFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, currency ? { style: 'currency', currency, maximumFractionDigits: 0 } : { maximumFractionDigits: 2 });
    intlFormats.set(key, format);
  }
  return format;
}

/** Adds one unit in the last place to a string of decimal digits ("0999" → "1000"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * |value| with at most `fraction` decimals, rounded half away from zero, grouped by thousands;
 * null when Intl should do it.
 */
function digits(value: number, fraction: number, locale: Locale): string | null {
  if (!Number.isFinite(value)) return null;
  const shortest = String(Math.abs(value));
  if (shortest.includes('e')) return null;
  const [whole = '', decimals = ''] = shortest.split('.');
  let int = whole;
  let frac = decimals;
  if (frac.length > fraction) {
    const roundUp = frac.charCodeAt(fraction) >= 53; // '5'
    frac = frac.slice(0, fraction);
    if (roundUp) {
      const next = increment(int + frac);
      int = next.slice(0, next.length - fraction);
      frac = next.slice(next.length - fraction);
    }
  }
  frac = frac.replace(/0+$/, '');
  if (value < 0 || Object.is(value, -0)) {
    // Intl writes "-0" for a negative number that rounds to zero.
    if (/^0*$/.test(int) && frac === '') return null;
  }
  const { group, decimal } = separators[locale];
  let grouped = '';
  for (let i = int.length; i > 0; i -= 3) grouped = int.slice(Math.max(0, i - 3), i) + (grouped ? group + grouped : '');
  return frac ? `${grouped}${decimal}${frac}` : grouped;
}

/** A number with at most two decimals, as Intl.NumberFormat writes it in the plan's language. */
export function formatNumber(value: number, language: string): string {
  const locale = localeOf(language);
  const text = digits(value, 2, locale);
  if (text === null) return intlFormat(locale).format(value);
  return value < 0 ? `-${text}` : text;
}

/** An amount in whole units of `currency`, as Intl.NumberFormat writes it in the plan's language. */
export function formatMoney(amount: number, language: string, currency: string): string {
  const locale = localeOf(language);
  const text = currency === 'EUR' ? digits(amount, 0, locale) : null;
  if (text === null) return intlFormat(locale, currency).format(amount);
  if (locale === 'nl-BE') return amount < 0 ? `€\u00a0-${text}` : `€\u00a0${text}`;
  return amount < 0 ? `-€${text}` : `€${text}`;
}

const months: Record<Locale, readonly string[]> = { 'nl-BE': monthNames.nl, 'en-GB': monthNames.en };

/** A YYYY-MM-DD date as a long date ("4 maart 2025"), as toLocaleDateString writes it in the plan's language. */
export function formatDate(date: string | undefined, language: string): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!));
  const year = day.getUTCFullYear();
  if (language !== 'en' && language !== 'nl-BE' && language !== 'nl-NL') return intlDate(day, language);
  if (!(year >= 1000 && year <= 9999)) return intlDate(day, language);
  return `${day.getUTCDate()} ${months[localeOf(language)][day.getUTCMonth()]} ${year}`;
}

function intlDate(day: Date, language: string): string {
  return day.toLocaleDateString(language === 'en' ? 'en-GB' : language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
