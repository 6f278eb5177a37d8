// Writes V8's code cache beside the generated bundles (generated/*.cjs.cache), after using
// each once on the base fixture so that the functions a run of `plan validate` needs are
// compiled and in the cache. src/load/require-bundle.ts reads it; V8 ignores a cache made
// by another Node.js, so this only speeds up, never changes, what runs.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { validateV8Flags } from '../dist/cli/v8-flags.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFileOf, loadBundle } from '../dist/load/require-bundle.js';

// V8 accepts a code cache only under the flags it was made with: the cache is made under
// validate's flags (src/cli/v8-flags.ts), which bin/plan sets; render compiles as usual.
v8.setFlagsFromString(validateV8Flags);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = join(root, 'test', 'fixtures', 'base');
const names = ['plan', 'analysis', 'stakeholders', 'mission', 'goals'];

// A package built without its tests (no fixture) warms up on a small sample instead.
const sample = 'title: "Plan"\nlist:\n  - id: a\n    tags: [x, y]\n    text: |\n      Tekst.\nflow: { a: 1, b: \'t\' }\n';
const textOf = (name) => (existsSync(join(base, `${name}.yaml`)) ? readFileSync(join(base, `${name}.yaml`), 'utf8') : sample);

const yamlFile = join(root, 'generated', 'yaml.cjs');
const yaml = loadBundle(yamlFile, false);
const data = {};
for (const name of names) {
  const doc = yaml.exports.parseDocument(textOf(name), { uniqueKeys: false, merge: true, resolveKnownTags: false });
  data[name] = doc.toJS();
}

const validatorsFile = join(root, 'generated', 'validators.cjs');
const validators = loadBundle(validatorsFile, false);
for (const name of names) {
  validators.exports[name](data[name]);
  validators.exports[name]({ unknown: [1, 'x', null] });
}

for (const [file, { script }] of [[yamlFile, yaml], [validatorsFile, validators]]) {
  const out = cacheFileOf(file);
  writeFileSync(`${out}.tmp`, script.createCachedData());
  renameSync(`${out}.tmp`, out);
}
