// Makes a plan N times the size of another: the strategic goals (with their operational goals
// and actions), the themes and the analysis subsections are repeated with fresh ids. Used by the
// PDF benchmark and by the tests that check nothing is lost on long documents.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const suffixIds = (value, suffix) => {
  if (Array.isArray(value)) return value.map((v) => suffixIds(v, suffix));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [key, v] of Object.entries(value)) out[key] = key === 'id' && typeof v === 'string' ? `${v}-${suffix}` : suffixIds(v, suffix);
    return out;
  }
  return value;
};

const repeat = (list, factor, retitle) =>
  list && Array.from({ length: factor }, (_, k) => (k === 0 ? list : list.map((item) => retitle(suffixIds(item, `x${k + 1}`), k + 1)))).flat();

const titled = (item, k) => ({ ...item, title: `${item.title} (${k})` });

/** Writes a copy of the plan in `src`, `factor` times as large, to a new temporary folder. */
export async function scalePlan(src, factor) {
  const dir = await mkdtemp(join(tmpdir(), `plan-x${factor}-`));
  await cp(src, dir, { recursive: true });
  const goals = parse(await readFile(join(dir, 'goals.yaml'), 'utf8'));
  goals.strategicGoals = repeat(goals.strategicGoals, factor, titled);
  goals.themes = repeat(goals.themes, factor, titled);
  await writeFile(join(dir, 'goals.yaml'), stringify(goals, { lineWidth: 0 }));
  const analysis = parse(await readFile(join(dir, 'analysis.yaml'), 'utf8'));
  for (const key of ['problem', 'determinants', 'context']) {
    if (analysis[key]?.sections) analysis[key].sections = repeat(analysis[key].sections, factor, (s, k) => (s.title ? titled(s, k) : s));
  }
  await writeFile(join(dir, 'analysis.yaml'), stringify(analysis, { lineWidth: 0 }));
  return dir;
}
