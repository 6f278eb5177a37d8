import type { DataPath, Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../messages/index.js';
import { suggest } from '../diagnostics/suggest.js';
import type { IndicatorInput, PlanInputs, WorkItemInput } from './input.js';
import { pillarModels } from './pillar-models.js';
import { adoptions } from './adoptions.js';
import { partnerIdOf } from './bodies.js';

/** Gives "goals.yaml:12" for a place in the plan, for messages that name a second place. */
export type PlaceOf = (file: string, path: DataPath) => string;

type Namespace = 'stakeholder' | 'goal' | 'substance' | 'pillar' | 'municipality' | 'content';

interface Context {
  diagnostics: Diagnostic[];
  placeOf: PlaceOf;
  ids: Map<string, { file: string; path: DataPath }>;
  known: Map<Namespace, string[]>;
  knownSize: number;
  perFile: Map<string, number>;
  overflow: Set<string>;
}

/** As in the schema step: past this many problems in one file, stop (a hostile plan can make millions). */
const MAX_DIAGNOSTICS_PER_FILE = 200;

function full(ctx: Context, file: string): boolean {
  if ((ctx.perFile.get(file) ?? 0) < MAX_DIAGNOSTICS_PER_FILE) return false;
  if (!ctx.overflow.has(file)) {
    ctx.overflow.add(file);
    ctx.diagnostics.push({ code: 'too-many-problems', severity: 'error', file, params: { max: MAX_DIAGNOSTICS_PER_FILE } });
  }
  return true;
}

function error(ctx: Context, code: DiagnosticCode, file: string, path: DataPath, params: Diagnostic['params']): void {
  if (full(ctx, file)) return;
  ctx.perFile.set(file, (ctx.perFile.get(file) ?? 0) + 1);
  ctx.diagnostics.push({ code, severity: 'error', file, path, params });
}

function declare(ctx: Context, namespace: Namespace, id: string | undefined, file: string, path: DataPath): void {
  if (id === undefined) return;
  const key = `${namespace}:${id}`;
  const first = ctx.ids.get(key);
  if (first) {
    error(ctx, 'duplicate-id', file, [...path, 'id'], { id, first: ctx.placeOf(first.file, [...first.path, 'id']) });
  } else {
    ctx.ids.set(key, { file, path });
  }
}

function known(ctx: Context, namespace: Namespace): string[] {
  // Cached until the next declaration: listing every id per broken reference is quadratic.
  if (ctx.knownSize !== ctx.ids.size) {
    ctx.known.clear();
    ctx.knownSize = ctx.ids.size;
  }
  let list = ctx.known.get(namespace);
  if (!list) {
    const prefix = `${namespace}:`;
    list = [...ctx.ids.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    ctx.known.set(namespace, list);
  }
  return list;
}

function refer(ctx: Context, namespaces: Namespace[], code: DiagnosticCode, id: string | undefined, file: string, path: DataPath): void {
  if (id === undefined) return;
  if (namespaces.some((ns) => ctx.ids.has(`${ns}:${id}`))) return;
  if (full(ctx, file)) return;
  const candidates = namespaces.length === 1 ? known(ctx, namespaces[0]!) : namespaces.flatMap((ns) => known(ctx, ns));
  error(ctx, code, file, path, { id, suggestion: suggest(id, candidates), known: candidates.slice(0, 12).join(', ') });
}

function referAll(ctx: Context, namespaces: Namespace[], code: DiagnosticCode, ids: ReadonlyArray<string | object> | undefined, file: string, path: DataPath): void {
  // Entries that are not ids (a body's `{ name, count }` members) refer to nothing.
  ids?.forEach((id, i) => refer(ctx, namespaces, code, typeof id === 'string' ? id : undefined, file, [...path, i]));
}

/** Checks ids are unique, references resolve, and years fall inside the plan period. */
export function checkReferences(inputs: PlanInputs, placeOf: PlaceOf): Diagnostic[] {
  const ctx: Context = { diagnostics: [], placeOf, ids: new Map(), known: new Map(), knownSize: -1, perFile: new Map(), overflow: new Set() };
  const { plan, analysis, stakeholders, mission, goals } = inputs;

  // Declarations first, so references can point forward and across files.
  plan.municipalities.forEach((m, i) => declare(ctx, 'municipality', m.id, 'plan.yaml', ['municipalities', i]));
  if (plan.pillars && plan.pillarModel) {
    error(ctx, 'pillar-model-conflict', 'plan.yaml', ['pillars'], { model: plan.pillarModel });
  } else if (!plan.pillars && !plan.pillarModel) {
    error(ctx, 'pillar-model-missing', 'plan.yaml', [], { models: Object.keys(pillarModels).join(', ') });
  }
  if (plan.pillars) plan.pillars.forEach((p, i) => declare(ctx, 'pillar', p.id, 'plan.yaml', ['pillars', i]));
  else pillarModels[plan.pillarModel ?? 'brugge'].pillars.forEach((p) => ctx.ids.set(`pillar:${p.id}`, { file: 'plan.yaml', path: ['pillarModel'] }));
  plan.chapters?.forEach((c, i) => declare(ctx, 'content', c.id, 'plan.yaml', ['chapters', i]));

  for (const key of ['problem', 'determinants', 'context'] as const) {
    declareSections(ctx, analysis[key].sections, [key]);
    analysis[key].figures?.forEach((f, i) => declare(ctx, 'content', f.id, 'analysis.yaml', [key, 'figures', i]));
  }

  stakeholders.partners.forEach((p, i) => declare(ctx, 'stakeholder', p.id, 'stakeholders.yaml', ['partners', i]));
  stakeholders.bodies?.forEach((b, i) => declare(ctx, 'stakeholder', b.id, 'stakeholders.yaml', ['bodies', i]));
  stakeholders.agreements?.forEach((a, i) => declare(ctx, 'content', a.id, 'stakeholders.yaml', ['agreements', i]));

  mission.vision.principles?.forEach((p, i) => declare(ctx, 'content', p.id, 'mission.yaml', ['vision', 'principles', i]));
  mission.scope?.substances.forEach((s, i) => declare(ctx, 'substance', s.id, 'mission.yaml', ['scope', 'substances', i]));

  goals.processGoals?.forEach((g, i) => declare(ctx, 'goal', g.id, 'goals.yaml', ['processGoals', i]));
  const workItems: Array<{ item: WorkItemInput & { deadline?: number; start?: number; end?: number }; path: DataPath }> = [];
  goals.strategicGoals?.forEach((s, si) => {
    declare(ctx, 'goal', s.id, 'goals.yaml', ['strategicGoals', si]);
    referAll(ctx, ['pillar'], 'unknown-pillar', s.pillars, 'goals.yaml', ['strategicGoals', si, 'pillars']);
    s.operationalGoals?.forEach((og, oi) => {
      const ogPath = ['strategicGoals', si, 'operationalGoals', oi];
      workItems.push({ item: og, path: ogPath });
      og.actions?.forEach((action, ai) => workItems.push({ item: action, path: [...ogPath, 'actions', ai] }));
    });
  });
  goals.themes?.forEach((theme, ti) => {
    declare(ctx, 'goal', theme.id, 'goals.yaml', ['themes', ti]);
    referAll(ctx, ['pillar'], 'unknown-pillar', theme.pillars, 'goals.yaml', ['themes', ti, 'pillars']);
    theme.actions?.forEach((action, ai) => workItems.push({ item: action, path: ['themes', ti, 'actions', ai] }));
  });
  for (const { item, path } of workItems) {
    declare(ctx, 'goal', item.id, 'goals.yaml', path);
    item.indicators?.forEach((ind, i) => declare(ctx, 'content', ind.id, 'goals.yaml', [...path, 'indicators', i]));
  }

  // References.
  if (plan.coordinator) refer(ctx, ['stakeholder'], 'unknown-stakeholder', plan.coordinator.stakeholder, 'plan.yaml', ['coordinator', 'stakeholder']);
  plan.budget?.items?.forEach((item, i) => refer(ctx, ['pillar'], 'unknown-pillar', item.pillar, 'plan.yaml', ['budget', 'items', i, 'pillar']));
  plan.evaluation?.moments?.forEach((m, i) => refer(ctx, ['stakeholder'], 'unknown-stakeholder', m.who, 'plan.yaml', ['evaluation', 'moments', i, 'who']));

  stakeholders.partners.forEach((p, i) => {
    refer(ctx, ['municipality'], 'unknown-municipality', p.municipality, 'stakeholders.yaml', ['partners', i, 'municipality']);
    referAll(ctx, ['pillar'], 'unknown-pillar', p.pillars, 'stakeholders.yaml', ['partners', i, 'pillars']);
  });
  const partnerOnly: Namespace[] = ['stakeholder'];
  stakeholders.bodies?.forEach((b, i) => {
    const path = ['bodies', i];
    refer(ctx, partnerOnly, 'unknown-stakeholder', partnerIdOf(b.chair), 'stakeholders.yaml', [...path, 'chair']);
    refer(ctx, partnerOnly, 'unknown-stakeholder', b.secretary, 'stakeholders.yaml', [...path, 'secretary']);
    referAll(ctx, partnerOnly, 'unknown-stakeholder', b.members, 'stakeholders.yaml', [...path, 'members']);
  });
  analysis.inventory?.initiatives.forEach((initiative, i) => {
    const path = ['inventory', 'initiatives', i];
    refer(ctx, partnerOnly, 'unknown-stakeholder', initiative.owner, 'analysis.yaml', [...path, 'owner']);
    referAll(ctx, partnerOnly, 'unknown-stakeholder', initiative.partners, 'analysis.yaml', [...path, 'partners']);
    referAll(ctx, ['pillar'], 'unknown-pillar', initiative.pillars, 'analysis.yaml', [...path, 'pillars']);
  });
  // A budget line needs an amount unless it gives its amounts year by year; the schema cannot
  // say "one of the two" in a way its error messages explain, so the check is here.
  plan.budget?.items?.forEach((line, i) => {
    if (line.amount === undefined && line.years === undefined) error(ctx, 'missing-field', 'plan.yaml', ['budget', 'items', i], { field: 'amount' });
  });
  const matrix = plan.enforcement?.riskMatrix;
  matrix?.risks.forEach((risk, i) => {
    for (const scale of ['likelihood', 'impact'] as const) {
      const levels = matrix[scale].length;
      if (risk[scale] > levels) error(ctx, 'risk-level-out-of-scale', 'plan.yaml', ['enforcement', 'riskMatrix', 'risks', i, scale], { label: risk.label, scale, level: risk[scale], levels });
    }
  });
  adoptions(plan).forEach(({ adoption, path }) => refer(ctx, ['municipality'], 'unknown-municipality', adoption.municipality, 'plan.yaml', [...path, 'municipality']));
  stakeholders.agreements?.forEach((a, i) => referAll(ctx, partnerOnly, 'unknown-stakeholder', a.partners, 'stakeholders.yaml', ['agreements', i, 'partners']));

  goals.processGoals?.forEach((g, i) => refer(ctx, partnerOnly, 'unknown-stakeholder', g.owner, 'goals.yaml', ['processGoals', i, 'owner']));
  for (const { item, path } of workItems) {
    refer(ctx, partnerOnly, 'unknown-stakeholder', item.owner, 'goals.yaml', [...path, 'owner']);
    referAll(ctx, partnerOnly, 'unknown-stakeholder', item.partners, 'goals.yaml', [...path, 'partners']);
    referAll(ctx, ['pillar'], 'unknown-pillar', item.pillars, 'goals.yaml', [...path, 'pillars']);
    if (item.substances && !mission.scope) {
      error(ctx, 'scope-missing', 'goals.yaml', [...path, 'substances'], {});
    } else {
      referAll(ctx, ['substance'], 'unknown-substance', item.substances, 'goals.yaml', [...path, 'substances']);
    }
  }

  checkPeriod(ctx, inputs, workItems);
  return ctx.diagnostics;
}

function declareSections(ctx: Context, sections: Array<{ id?: string; sections?: unknown[] }> | undefined, path: DataPath): void {
  sections?.forEach((section, i) => {
    const here = [...path, 'sections', i];
    declare(ctx, 'content', section.id, 'analysis.yaml', here);
    declareSections(ctx, section.sections as typeof sections, here);
  });
}

function checkPeriod(
  ctx: Context,
  { plan }: PlanInputs,
  workItems: Array<{ item: WorkItemInput & { deadline?: number; start?: number; end?: number }; path: DataPath }>,
): void {
  const { start, end } = plan.period;
  if (start > end) {
    error(ctx, 'period-reversed', 'plan.yaml', ['period'], { start, end });
    return;
  }
  const inside = (year: number | undefined, file: string, path: DataPath, field: string): void => {
    if (year !== undefined && (year < start || year > end)) error(ctx, 'outside-period', file, path, { field, value: year, start, end });
  };
  for (const { item, path } of workItems) {
    inside(item.deadline, 'goals.yaml', [...path, 'deadline'], 'deadline');
    inside(item.start, 'goals.yaml', [...path, 'start'], 'start');
    inside(item.end, 'goals.yaml', [...path, 'end'], 'end');
    if (item.start !== undefined && item.end !== undefined && item.start > item.end) {
      error(ctx, 'years-reversed', 'goals.yaml', [...path, 'end'], { start: item.start, end: item.end });
    }
    item.indicators?.forEach((indicator: IndicatorInput, i) => {
      inside(indicator.target?.year, 'goals.yaml', [...path, 'indicators', i, 'target', 'year'], 'target.year');
      const baseline = indicator.baseline?.year;
      if (baseline !== undefined && baseline > end) error(ctx, 'outside-period', 'goals.yaml', [...path, 'indicators', i, 'baseline', 'year'], { field: 'baseline.year', value: baseline, start, end });
    });
  }
  plan.evaluation?.moments?.forEach((m, i) => inside(m.year, 'plan.yaml', ['evaluation', 'moments', i, 'year'], 'year'));
  plan.budget?.items?.forEach((item, i) => inside(item.year, 'plan.yaml', ['budget', 'items', i, 'year'], 'year'));
}
