import type { ErrorObject } from 'ajv';
import type { DataPath, Diagnostic, MessageParams } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../messages/index.js';
import { suggest } from '../diagnostics/suggest.js';
import { schemaAt, schemaName, schemaOf } from './schema-lookup.js';

/** The schema's pattern for a text that must show at least one character (plan.yaml `title`). */
const VISIBLE_TEXT_PATTERN = '[^\\s\\p{Cc}\\p{Cf}]';

/** JSON Pointer of an ajv error to the data path our locator walks. */
export function pointerToPath(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The named definition ($defs/year, $defs/id ...) that raised an error, if any. */
function definitionOf(error: ErrorObject): string | undefined {
  const match = /\$defs\/([A-Za-z]+)\/[a-zA-Z]+$/.exec(error.schemaPath);
  return match?.[1];
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'object';
  return String(value);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'object';
  // .nan and .inf are numbers in YAML, but no schema accepts them as one.
  if (typeof value === 'number') return !Number.isFinite(value) ? 'not-finite' : Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** YAML 1.1 wrote booleans as yes/no/on/off; YAML 1.2 reads them as text. */
const yaml11Booleans = /^(y|yes|n|no|on|off)$/i;

interface Mapped {
  code: DiagnosticCode;
  path: DataPath;
  target: 'key' | 'value';
  params: MessageParams;
}

function map(error: ErrorObject, file: string): Mapped | undefined {
  const path = pointerToPath(error.instancePath);
  const definition = definitionOf(error);
  const data: unknown = error.data;
  const params = error.params as Record<string, unknown>;
  const field = path.length > 0 ? String(path[path.length - 1]) : '';
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return {
        code: 'unknown-field',
        path: [...path, name],
        target: 'key',
        params: { field: name, suggestion: suggest(name, known), allowed: known.join(', ') },
      };
    }
    case 'required':
      return { code: 'missing-field', path, target: 'value', params: { field: String(params.missingProperty) } };
    case 'type': {
      if (definition === 'year') return { code: 'invalid-year', path, target: 'value', params: { field, value: describeValue(data) } };
      const expected = String(params.type);
      const yaml11 = typeof data === 'string' && yaml11Booleans.test(data) && expected === 'boolean';
      if (path.length === 0) return { code: 'not-a-map', path, target: 'value', params: { got: kindOf(data) } };
      if (yaml11) return { code: 'yaml11-boolean', path, target: 'value', params: { field, expected, got: kindOf(data), value: describeValue(data) } };
      return { code: 'wrong-type', path, target: 'value', params: wrongTypeParams(file, path, expected, data, error.parentSchema, definition) };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      if (definition === 'year') return { code: 'invalid-year', path, target: 'value', params: { field, value: describeValue(data) } };
      return { code: 'out-of-range', path, target: 'value', params: { field, value: describeValue(data), limit: String(params.limit), comparison: String(params.comparison) } };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = describeValue(data);
      return {
        code: typeof data === 'string' && yaml11Booleans.test(data) ? 'yaml11-choice' : 'invalid-choice',
        path,
        target: 'value',
        params: { field, value, allowed: allowed.join(', '), suggestion: suggest(value, allowed) },
      };
    }
    case 'pattern': {
      const value = describeValue(data);
      if (definition === 'id') return { code: 'invalid-id', path, target: 'value', params: { field, value, suggestion: toId(value) } };
      if (definition === 'date') {
        // The shape is right but the year is not (0050-06-15 printed as 15 juni 1950): say so.
        const yearOutOfRange = typeof data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data) ? { range: '1900-2100' } : {};
        return { code: 'invalid-date', path, target: 'value', params: { field, value, ...yearOutOfRange } };
      }
      if (field === 'primaryColor') return { code: 'invalid-colour', path, target: 'value', params: { field, value } };
      // A title of spaces or control characters only: nothing would show on the cover or in the PDF's title.
      if (String(params.pattern) === VISIBLE_TEXT_PATTERN) return { code: 'invisible-text', path, target: 'value', params: { field } };
      return { code: 'invalid-format', path, target: 'value', params: { field, value, pattern: String(params.pattern) } };
    }
    case 'format':
      // "date" checks the calendar (no 30 February), which the pattern alone cannot.
      if (params.format === 'date') return { code: 'invalid-date', path, target: 'value', params: { field, value: describeValue(data), ...calendarMonth(data) } };
      if (params.format === 'email') return { code: 'invalid-email', path, target: 'value', params: { field, value: describeValue(data) } };
      return { code: 'invalid-format', path, target: 'value', params: { field, value: describeValue(data) } };
    case 'minItems':
      return { code: 'empty-list', path, target: 'value', params: { field } };
    case 'minLength':
      return { code: 'empty-text', path, target: 'value', params: { field } };
    case 'minProperties':
      return { code: 'empty-item', path, target: 'value', params: { field } };
    case 'if':
      // "must match the then/else schema" only repeats the error of that branch, reported on its own.
      return undefined;
    default:
      // A schema rule without its own message: name the rule, never ajv's English sentence.
      return { code: 'schema-other', path, target: 'value', params: { field, keyword: error.keyword } };
  }
}

/** A field that holds one id, and the field beside it that holds a list of them. */
const listFieldOf: Record<string, string> = { owner: 'partners', chair: 'members', secretary: 'members' };

/**
 * What the wrong-type message needs to give a hint that fits: the field (or "item n of" a list),
 * what was expected and given, and for a group of fields the fields to write, with examples.
 */
function wrongTypeParams(file: string, path: DataPath, expected: string, data: unknown, schema: unknown, definition: string | undefined): MessageParams {
  const last = path[path.length - 1];
  const inList = typeof last === 'number';
  const params: MessageParams = {
    field: String(inList ? (path[path.length - 2] ?? '') : (last ?? '')),
    item: inList ? last + 1 : undefined,
    expected,
    got: kindOf(data),
    value: describeValue(data),
    // An id and a Markdown text each get their own hint when a list is given.
    textKind: definition === 'id' || definition === 'markdown' ? definition : undefined,
  };
  if (expected === 'object') params.fields = exampleFields(schema, data);
  const listField = typeof last === 'string' ? listFieldOf[last] : undefined;
  if (expected === 'string' && Array.isArray(data) && listField) {
    const root = schemaOf(file);
    const parent = root ? schemaAt(root, path.slice(0, -1)) : undefined;
    const siblings = parent?.properties;
    if (siblings && typeof siblings === 'object' && listField in siblings) params.listField = listField;
  }
  return params;
}

/**
 * The fields of a group, one "name: example" a line: the required ones (or the first three),
 * with the given text where it fits ("period: 2024-2027" → start: 2024, end: 2027;
 * "- Brugge" → name: Brugge) and otherwise the schema's own example.
 */
function exampleFields(schema: unknown, data: unknown): string | undefined {
  if (!isRecord(schema) || !isRecord(schema.properties)) return undefined;
  const properties = schema.properties;
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  const names = required.length > 0 ? required : Object.keys(properties).slice(0, 3);
  const text = typeof data === 'string' ? data.trim() : undefined;
  const range = text ? /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(text) : null;
  const fromText = (name: string): string | undefined => {
    if (range) return name === 'start' ? range[1] : name === 'end' ? range[2] : undefined;
    if (!text) return undefined;
    if (name === 'name' || name === 'title') return text;
    if (name === 'id') return toId(text) || undefined;
    return undefined;
  };
  return names
    .map((name) => {
      const property = properties[name];
      const examples = isRecord(property) && Array.isArray(property.examples) ? (property.examples as unknown[]) : [];
      const example = examples[0];
      const shown = fromText(name) ?? (typeof example === 'string' || typeof example === 'number' || typeof example === 'boolean' ? String(example) : '…');
      return `${name}: ${yamlScalar(shown)}`;
    })
    .join('\n');
}

/** A text as the user would type it after "key: ", in single quotes when YAML would read it otherwise ("#1d4f91"). */
function yamlScalar(text: string): string {
  const plain = text !== '' && !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(text) && !/: | #|\s$/.test(text) && !/^(true|false|null|~|yes|no|on|off)$/i.test(text);
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** For a date in the right form but not in the calendar (2025-02-30): its month and how many days that month has. */
function calendarMonth(value: unknown): MessageParams {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return {};
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return {};
  return { year, month, days: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

/** Turns free text into a valid id: "Lokale Politie" → "lokale-politie", "3-MMC" → "3-mmc". */
export function toId(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

/**
 * Diagnostics per file from the schema step. A file that is not a plan file at all (or a
 * hostile one) can raise hundreds of thousands; past this many, nobody reads them and
 * printing them takes minutes.
 */
export const MAX_SCHEMA_DIAGNOSTICS = 200;

/** Maps ajv errors of one file to diagnostics (still without line and column). */
export function schemaDiagnostics(file: string, errors: readonly ErrorObject[]): Array<Diagnostic & { target: 'key' | 'value' }> {
  const seen = new Set<string>();
  const out: Array<Diagnostic & { target: 'key' | 'value' }> = [];
  for (const error of errors) {
    if (out.length === MAX_SCHEMA_DIAGNOSTICS) {
      out.push({ code: 'too-many-problems', severity: 'error', file, params: { max: MAX_SCHEMA_DIAGNOSTICS }, target: 'value' });
      break;
    }
    const mapped = map(error, file);
    if (mapped?.code === 'schema-other') mapped.params.schema = `schemas/${schemaName(file)}.schema.json`;
    if (!mapped) continue;
    const key = `${mapped.code}|${mapped.path.join('/')}|${mapped.params.field ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: mapped.code, severity: 'error', file, path: mapped.path, params: mapped.params, target: mapped.target });
  }
  return out;
}
