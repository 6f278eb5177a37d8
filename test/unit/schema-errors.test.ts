import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { renderMessage, type MessageLanguage } from '../../src/diagnostics/messages.js';
import { schemaDiagnostics, toId } from '../../src/validate/schema-errors.js';
import { schemaValidators } from '../../src/validate/schema-validators.js';

/** The smallest valid plan.yaml, as data; each test changes one field. */
const plan = { title: 'Plan', municipalities: [{ id: 'testgem', name: 'Testgem' }], period: { start: 2024, end: 2027 } };

/** Validates plan.yaml data with the generated validators and maps the errors to diagnostics. */
function checkPlanData(data: Record<string, unknown>): Diagnostic[] {
  const validate = schemaValidators().plan;
  if (validate(data)) return [];
  return schemaDiagnostics('plan.yaml', validate.errors ?? []).map(({ target: _target, ...d }) => d);
}

function only(data: Record<string, unknown>): Diagnostic {
  const diagnostics = checkPlanData(data);
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
}

const text = (d: Diagnostic, lang: MessageLanguage) => renderMessage(d, lang);

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

describe('dates', () => {
  it.each(['2025-03-31', '2024-02-29', '2000-02-29'])('accepts %s', (date) => {
    expect(checkPlanData({ ...plan, date })).toEqual([]);
  });

  it.each([
    ['2025-02-30', 'Februari 2025 telt 28 dagen.'],
    ['2025-02-29', 'Februari 2025 telt 28 dagen.'],
    ['1900-02-29', 'Februari 1900 telt 28 dagen.'],
    ['2025-04-31', 'April 2025 telt 30 dagen.'],
  ])('reports %s, which is not in the calendar, as invalid-date at the date', (date, hint) => {
    const d = only({ ...plan, date });
    expect(d).toMatchObject({ code: 'invalid-date', path: ['date'] });
    expect(text(d, 'nl').message).toBe(`'${date}' bestaat niet in de kalender`);
    expect(text(d, 'nl').hint).toContain(hint);
    expect(text(d, 'en').message).toBe(`'${date}' does not exist in the calendar`);
  });

  it('also checks dates in stakeholders.yaml', () => {
    const validate = schemaValidators().stakeholders;
    const data = { partners: [{ id: 'cgg', name: 'CGG', sector: 'gezondheid' }], agreements: [{ title: 'Afspraak', date: '2023-06-31' }] };
    const valid = validate(data);
    const codes = schemaDiagnostics('stakeholders.yaml', validate.errors ?? []).map((d) => d.code);
    expect(valid).toBe(false);
    expect(codes).toContain('invalid-date');
  });

  it('keeps the form hint for a date in the wrong form, reported once', () => {
    const d = only({ ...plan, date: '31-03-2025' });
    expect(d.code).toBe('invalid-date');
    expect(text(d, 'nl')).toEqual({ message: "'31-03-2025' is geen geldige datum", hint: 'Schrijf een datum als JJJJ-MM-DD, bv. 2025-03-31.' });
  });
});

describe('out-of-range says the limit in words', () => {
  it('edition: 0 → "minstens 1", the number unquoted, with a hint', () => {
    const d = only({ ...plan, edition: 0 });
    expect(d).toMatchObject({ code: 'out-of-range', path: ['edition'] });
    expect(text(d, 'nl')).toEqual({ message: "'edition' moet minstens 1 zijn, maar is 0", hint: 'Schrijf hier een getal van 1 of meer.' });
    expect(text(d, 'en')).toEqual({ message: "'edition' is 0, but it needs to be at least 1", hint: 'Write a number of 1 or more here.' });
  });

  it('a negative amount → "minstens 0", with a hint that negative numbers are not possible', () => {
    const d = only({ ...plan, budget: { items: [{ label: 'Werking', amount: -5 }] } });
    expect(d).toMatchObject({ code: 'out-of-range', path: ['budget', 'items', 0, 'amount'] });
    expect(text(d, 'nl')).toEqual({ message: "'amount' moet minstens 0 zijn, maar is -5", hint: 'Een negatief getal kan hier niet: schrijf 0 of meer.' });
    expect(text(d, 'en').message).toBe("'amount' is -5, but it needs to be at least 0");
  });

  it.each([
    ['<=', 10, "'x' mag hoogstens 10 zijn, maar is 12", "'x' is 12, but it can be at most 10"],
    ['>', 0, "'x' moet groter zijn dan 0, maar is 12", "'x' is 12, but it needs to be more than 0"],
    ['<', 10, "'x' moet kleiner zijn dan 10, maar is 12", "'x' is 12, but it needs to be less than 10"],
  ])('comparison %s', (comparison, limit, nl, en) => {
    const d: Diagnostic = { code: 'out-of-range', severity: 'error', params: { field: 'x', value: '12', comparison, limit } };
    expect(text(d, 'nl').message).toBe(nl);
    expect(text(d, 'en').message).toBe(en);
    expect(text(d, 'nl').hint).toContain(String(limit));
  });
});

describe('schema-other (a schema rule without its own code)', () => {
  const error = {
    keyword: 'uniqueItems',
    instancePath: '/strategicGoals/0/pillars',
    schemaPath: '#/$defs/ids/uniqueItems',
    params: { i: 1, j: 0 },
    message: 'must NOT have duplicate items (items ## 1 and 0 are identical)',
  };

  it('names the field and the rule in Dutch, never ajv\'s English sentence, and points to the schema', () => {
    const [d] = schemaDiagnostics('goals.yaml', [error]);
    expect(d).toMatchObject({ code: 'schema-other', path: ['strategicGoals', 0, 'pillars'] });
    const nl = text(d!, 'nl');
    expect(nl.message).toBe('de waarde van \'pillars\' is hier niet toegelaten (schemaregel "uniqueItems")');
    expect(nl.hint).toContain("'schemas/goals.schema.json'");
    expect(`${nl.message} ${nl.hint}`).not.toMatch(/must|duplicate|identical/);
    expect(text(d!, 'en').message).toBe('the value of \'pillars\' is not allowed here (schema rule "uniqueItems")');
  });
});
