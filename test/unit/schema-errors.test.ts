import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { renderMessage, type MessageLanguage } from '../../src/messages/index.js';
import { schemaDiagnostics, toId } from '../../src/validate/schema-errors.js';
import { schemaValidators } from '../../src/validate/schema-validators.js';

/** The smallest valid plan.yaml, as data; each test changes one field. */
const plan = { title: 'Plan', municipalities: [{ id: 'testgem', name: 'Testgem' }], period: { start: 2024, end: 2027 } };

/** Validates the data of one plan file with the generated validators and maps the errors to diagnostics. */
function check(key: 'plan' | 'goals' | 'stakeholders', data: Record<string, unknown>): Diagnostic[] {
  const validate = schemaValidators()[key];
  if (validate(data)) return [];
  return schemaDiagnostics(`${key}.yaml`, validate.errors ?? []).map(({ target: _target, ...d }) => d);
}
const checkPlanData = (data: Record<string, unknown>) => check('plan', data);

function only(data: Record<string, unknown>, key: 'plan' | 'goals' | 'stakeholders' = 'plan'): Diagnostic {
  const diagnostics = check(key, data);
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
}

/** goals.yaml with one operational goal (and one process goal); `change` adds or overrides its fields. */
const goalsWith = (change: Record<string, unknown>, processGoal: Record<string, unknown> = {}) => ({
  processGoals: [{ id: 'monitoring', title: 'Monitoring', ...processGoal }],
  strategicGoals: [{ id: 'minder', title: 'Minder gebruik', operationalGoals: [{ id: 'school', title: 'Scholen', ...change }] }],
});

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

describe('wrong-type: the hint fits what was expected and what was given', () => {
  const hint = (d: Diagnostic, lang: MessageLanguage = 'nl') => text(d, lang).hint ?? '';

  it('a list for an owner: one id, and the partners field for the others', () => {
    const d = only(goalsWith({ owner: ['lokale-politie', 'cgg'] }), 'goals');
    expect(d).toMatchObject({ code: 'wrong-type', path: ['strategicGoals', 0, 'operationalGoals', 0, 'owner'] });
    expect(text(d, 'nl').message).toBe("'owner' moet een tekst zijn, maar is een lijst");
    expect(hint(d)).toBe('Schrijf één id, geen lijst. Wilt u meer dan één noemen, zet de eerste dan hier en de andere in het veld "partners".');
    expect(text(d, 'en').message).toBe("'owner' is a list, but a text is expected here");
    expect(hint(d, 'en')).toContain('the field "partners"');
  });

  it('a list for the owner of a process goal, which has no partners field: no pointer to a field that is not there', () => {
    const d = only(goalsWith({}, { owner: ['a', 'b'] }), 'goals');
    expect(hint(d)).toBe('Schrijf één id na de dubbelpunt, geen lijst.');
  });

  it('a list for a chair points to members', () => {
    const stakeholders = { partners: [{ id: 'cgg', name: 'CGG', sector: 'health' }], bodies: [{ id: 'raad', name: 'Raad', type: 'steering-group', chair: ['a', 'b'] }] };
    const d = check('stakeholders', stakeholders).find((x) => x.code === 'wrong-type')!;
    expect(d).toBeDefined();
    expect(hint(d)).toContain('"members"');
  });

  it('a list for a Markdown text: how to write a text over several lines', () => {
    const d = only(goalsWith({ text: ['eerste', 'tweede'] }), 'goals');
    expect(hint(d)).toContain('"text: |"');
    expect(hint(d)).not.toContain('aanhalingstekens');
  });

  it('a group for a text: no fields below it, quotes around a colon', () => {
    const d = only(goalsWith({ title: { a: 'b' } }), 'goals');
    expect(text(d, 'nl').message).toBe("'title' moet een tekst zijn, maar is een groep velden (sleutel: waarde)");
    expect(hint(d)).toContain('zonder velden eronder');
  });

  it('a text for a list: the item on its own line with "- "; a comma list split into items', () => {
    expect(hint(only(goalsWith({ partners: 'cgg' }), 'goals'))).toBe('Zet "- cgg" op een eigen regel onder "partners:", ingesprongen; elk volgend item ook op een eigen regel met "- ".');
    expect(hint(only(goalsWith({ partners: 'cgg, clb' }), 'goals'))).toBe('Zet elk item op een eigen regel onder "partners:", ingesprongen en met "- " ervoor: "- cgg" en "- clb".');
    expect(hint(only(goalsWith({ partners: 'cgg, clb' }), 'goals'), 'en')).toBe('Put each item on its own line under "partners:", indented and with "- " in front: "- cgg" and "- clb".');
  });

  it('nothing for a list: where the items go', () => {
    const d = only(goalsWith({ partners: null }), 'goals');
    expect(text(d, 'nl').message).toBe('\'partners\' moet een lijst (regels die met "- " beginnen) zijn, maar is leeg');
    expect(text(d, 'en').message).toBe('\'partners\' is empty, but a list (lines starting with "- ") is expected here');
    expect(hint(d)).toContain('Zet de items onder "partners:"');
  });

  it('period written as text: period on its own line, with start and end from the text', () => {
    const d = only({ ...plan, period: '2024-2027' });
    expect(d).toMatchObject({ code: 'wrong-type', path: ['period'] });
    expect(hint(d)).toBe('Schrijf "period:" alleen op de regel, met eronder de velden, elk op een eigen regel en ingesprongen: "start: 2024" en "end: 2027".');
    expect(hint(d, 'en')).toBe('Write "period:" on a line of its own, with the fields below it, each on its own line and indented: "start: 2024" and "end: 2027".');
    expect(text(d, 'en').message).toBe("'period' is a text ('2024-2027'), but a group of fields (key: value) is expected here");
  });

  it('any group written as text: the expected fields, with examples from the schema', () => {
    const d = only({ ...plan, publisher: 'An Peeters' });
    expect(hint(d)).toContain('"name: An Peeters"');
    const e = only({ ...plan, adoption: 'gemeenteraad' });
    expect(hint(e)).toMatch(/"body: [^"]+"/);
    // A number is shown as written; an example YAML would misread ("#" starts a comment) is quoted.
    const f = only({ ...plan, style: 5 });
    expect(text(f, 'nl').message).toBe("'style' moet een groep velden (sleutel: waarde) zijn, maar is een geheel getal (5)");
    expect(hint(f)).toContain(`"primaryColor: '#1d4f91'"`);
  });

  it('nothing for a group: the fields to put under it', () => {
    const d = only({ ...plan, coordinator: null });
    expect(hint(d)).toBe('Zet de velden onder "coordinator:", elk op een eigen regel en ingesprongen: "name: Coördinator drugbeleid", of laat het veld weg als het niet verplicht is.');
  });

  it('a text as an item of a list of groups: start the item with its first field', () => {
    const d = only({ ...plan, municipalities: ['Brugge'] });
    expect(d).toMatchObject({ code: 'wrong-type', path: ['municipalities', 0] });
    expect(text(d, 'nl').message).toBe("item 1 van 'municipalities' moet een groep velden (sleutel: waarde) zijn, maar is een tekst ('Brugge')");
    expect(text(d, 'en').message).toBe("item 1 of 'municipalities' is a text ('Brugge'), but a group of fields (key: value) is expected here");
    expect(hint(d)).toContain('"- name: Brugge"');
  });

  it('nothing for a text, as with an unquoted colour "#1d4f91" that YAML reads as a comment: quotes', () => {
    const d = only({ ...plan, style: { primaryColor: null } });
    expect(text(d, 'nl').message).toBe("'primaryColor' moet een tekst zijn, maar is leeg");
    expect(hint(d)).toContain('met # begint, zet het dan tussen aanhalingstekens');
    expect(hint(d, 'en')).toContain('starting with # is there, put it in quotes');
  });

  it('a text for a number, and a number for a whole number', () => {
    expect(hint(only({ ...plan, edition: 'vijfde' }))).toContain('zonder aanhalingstekens');
    expect(hint(only({ ...plan, edition: 2.5 }))).toBe('Schrijf een geheel getal, zonder komma of punt.');
  });

  it('a number for a text: quotes, exactly as written', () => {
    expect(hint(only({ ...plan, version: 1 }))).toContain('tussen aanhalingstekens');
  });

  it('every expected/given pair has a hint in both languages', () => {
    const kinds = ['string', 'integer', 'number', 'boolean', 'object', 'list', 'empty'];
    for (const expected of ['string', 'integer', 'number', 'number,string', 'boolean', 'object', 'array']) {
      for (const got of kinds) {
        for (const lang of ['nl', 'en'] as const) {
          const d: Diagnostic = { code: 'wrong-type', severity: 'error', params: { field: 'x', expected, got, value: 'v' } };
          expect(hint(d, lang), `${expected}/${got}/${lang}`).not.toBe('');
          expect(`${text(d, lang).message} ${hint(d, lang)}`, `${expected}/${got}/${lang}`).not.toMatch(/undefined|must be/);
        }
      }
    }
  });
});

describe('invalid-email has a hint', () => {
  it('says what an address looks like, and that the @ is missing', () => {
    const d = only({ ...plan, coordinator: { name: 'Jan', email: 'jan.janssens-at-testgem.be' } });
    expect(d.code).toBe('invalid-email');
    expect(text(d, 'nl').hint).toBe('Een e-mailadres heeft de vorm naam@gemeente.be: één @, een domein met een punt, en geen spaties. In dit adres ontbreekt de @.');
    expect(text(d, 'en').hint).toBe('An e-mail address looks like name@town.be: one @, a domain with a dot, and no spaces. This address has no @.');
  });
});
