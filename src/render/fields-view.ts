import type { ActionInput, BodyInput, IndicatorInput } from '../model/input.js';
import { adoptions } from '../model/adoptions.js';
import { actionPeriod, budgetLineTotal, incomeTotal, workBudgetTotal, yearsIn } from '../model/budget-totals.js';
import type { Action, OperationalGoal, PlanModel } from '../model/plan-model.js';
import { fill } from './field-labels.js';
import type { Labels } from './labels.js';
import { formatDate, formatMoney, formatNumber } from '../locale/locale-format.js';

/**
 * The parts of the document view for the fields beyond the Brugge shape: the legal basis,
 * precursor documents, existing initiatives, enforcement, money per year and income, outputs,
 * and non-partner members. Each part is null when the plan leaves it out, so a plan without
 * these fields renders exactly as before.
 */
export interface Named {
  id: string;
  name: string;
}

export interface PartHeading {
  number: string | null;
  title: string;
  anchor: string;
}

export interface LegalBasisView extends PartHeading {
  entries: Array<{ title: string; article: string | null; text: string | null; url: string | null }>;
}

export interface PrecursorsView extends PartHeading {
  entries: Array<{ title: string; kind: string | null; author: string | null; when: string | null; text: string | null }>;
}

export interface InitiativeView {
  title: string;
  owner: Named | null;
  partners: Named[];
  since: number | null;
  text: string | null;
}

export interface InventoryView extends PartHeading {
  intro: string | null;
  /** Initiatives per pillar, in the order of the plan's pillars; one without a pillar last. */
  groups: Array<{ pillar: Named | null; title: string; initiatives: InitiativeView[] }>;
}

export interface RiskMatrixView {
  intro: string | null;
  /** Impact levels from low to high, the columns. */
  impact: string[];
  /** Likelihood levels from high to low, the rows, each with the risks of every impact level. */
  rows: Array<{ likelihood: string; cells: string[][] }>;
  risks: Array<{ label: string; likelihood: string; impact: string; measure: string | null }>;
}

export interface EnforcementView extends PartHeading {
  text: string | null;
  sanctions: Array<{ step: string | null; offence: string | null; measure: string; text: string | null }>;
  riskMatrix: RiskMatrixView | null;
}

export interface BudgetLineView {
  label: string;
  /** The total over the period. */
  amount: string;
  /** How the total comes about, when it is not one amount: "€ 5.000 per jaar × 4 jaar" or "2024: € 1.000; 2025: € 1.500". */
  detail: string | null;
  year: number | null;
  pillar: string | null;
  source: string | null;
}

export interface IncomeView {
  items: Array<{ label: string; amount: string; detail: string | null; source: string | null }>;
  total: string;
}

export interface AdoptionView {
  /** "gemeenteraad", or "gemeenteraad van Geel" for one of several councils. */
  body: string;
  date: string | null;
  reference: string | null;
}

export interface PersonView extends Named {
  /** Count and role of a member who is not a partner: "ongeveer 170" is written by the plan. */
  role: string | null;
}

/** What the document view and the fields views share. */
export interface FieldsContext {
  model: PlanModel;
  labels: Labels;
  partners: Map<string, string>;
  pillarNames: Map<string, string>;
}

const named = (map: Map<string, string>, ids: readonly string[] | undefined): Named[] => (ids ?? []).map((id) => ({ id, name: map.get(id) ?? id }));

export function moneyIn(model: PlanModel): (amount: number) => string {
  return (amount) => formatMoney(amount, model.language, model.plan.budget?.currency ?? 'EUR');
}

export function legalBasisView({ model, labels }: FieldsContext): LegalBasisView | null {
  const list = model.plan.legalBasis ?? [];
  if (list.length === 0) return null;
  return {
    number: null,
    title: labels.fields.legalBasis,
    anchor: 'wettelijke-basis',
    entries: list.map((l) => ({ title: l.title, article: l.article ?? null, text: l.text ?? null, url: l.url ?? null })),
  };
}

export function precursorsView({ model, labels }: FieldsContext): PrecursorsView | null {
  const list = model.plan.precursors ?? [];
  if (list.length === 0) return null;
  return {
    number: null,
    title: labels.fields.precursors,
    anchor: 'voorgaande-documenten',
    entries: list.map((p) => ({
      title: p.title,
      kind: p.kind ?? null,
      author: p.author ?? null,
      when: formatDate(p.date, model.language) ?? (p.year === undefined ? null : String(p.year)),
      text: p.text ?? null,
    })),
  };
}

/** The inventory of existing initiatives, numbered as the section after the analysis parts. */
export function inventoryView({ model, labels, partners, pillarNames }: FieldsContext, number: string | null): InventoryView | null {
  const inventory = model.analysis.inventory;
  if (!inventory) return null;
  const view = (i: (typeof inventory.initiatives)[number]): InitiativeView => ({
    title: i.title,
    owner: i.owner ? { id: i.owner, name: partners.get(i.owner) ?? i.owner } : null,
    partners: named(partners, i.partners),
    since: i.since ?? null,
    text: i.text ?? null,
  });
  const groups: InventoryView['groups'] = [];
  // An initiative that serves two pillars is listed under both: the inventory is read per pillar.
  for (const pillar of model.pillars) {
    const initiatives = inventory.initiatives.filter((i) => i.pillars?.includes(pillar.id)).map(view);
    if (initiatives.length > 0) groups.push({ pillar: { id: pillar.id, name: pillar.name }, title: pillar.name, initiatives });
  }
  const known = new Set(pillarNames.keys());
  const without = inventory.initiatives.filter((i) => !(i.pillars ?? []).some((p) => known.has(p))).map(view);
  if (without.length > 0) groups.push({ pillar: null, title: groups.length > 0 ? labels.fields.noPillar : labels.fields.inventory, initiatives: without });
  return { number, title: labels.fields.inventory, anchor: 'bestaand-aanbod', intro: inventory.intro ?? null, groups };
}

export function enforcementView({ model, labels }: FieldsContext, number: string | null): EnforcementView | null {
  const e = model.plan.enforcement;
  if (!e) return null;
  const m = e.riskMatrix;
  // A level past the end of its scale is reported by the risk-matrix check; shown as its number here.
  const level = (scale: string[], n: number): string => scale[n - 1] ?? String(n);
  const riskMatrix: RiskMatrixView | null = m
    ? {
        intro: m.intro ?? null,
        impact: m.impact,
        rows: m.likelihood
          .map((likelihood, l) => ({
            likelihood,
            cells: m.impact.map((_, i) => m.risks.filter((r) => r.likelihood === l + 1 && r.impact === i + 1).map((r) => r.label)),
          }))
          .reverse(),
        risks: m.risks.map((r) => ({ label: r.label, likelihood: level(m.likelihood, r.likelihood), impact: level(m.impact, r.impact), measure: r.measure ?? null })),
      }
    : null;
  return {
    number,
    title: labels.fields.enforcement,
    anchor: number ? `hoofdstuk-${number}` : 'handhaving',
    text: e.text ?? null,
    sanctions: (e.sanctions ?? []).map((s) => ({ step: s.step ?? null, offence: s.offence ?? null, measure: s.measure, text: s.text ?? null })),
    riskMatrix,
  };
}

export function budgetLinesView({ model, labels, pillarNames }: FieldsContext): { items: BudgetLineView[]; total: string; income: IncomeView | null } {
  const money = moneyIn(model);
  const { period } = model.plan;
  const items = model.plan.budget?.items ?? [];
  const detail = (line: (typeof items)[number]): string | null => {
    if (line.years) return Object.entries(line.years).map(([year, amount]) => `${year}: ${money(amount)}`).join('; ');
    if (line.perYear && line.year === undefined) return fill(labels.fields.perYearTimes, { amount: money(line.amount ?? 0), years: yearsIn(period) });
    return null;
  };
  const income = model.plan.budget?.income ?? [];
  return {
    items: items.map((i) => ({
      label: i.label,
      amount: money(budgetLineTotal(i, period)),
      detail: detail(i),
      year: i.year ?? null,
      pillar: i.pillar ? (pillarNames.get(i.pillar) ?? i.pillar) : null,
      source: i.source ?? null,
    })),
    total: money(items.reduce((sum, i) => sum + budgetLineTotal(i, period), 0)),
    income:
      income.length > 0
        ? {
            items: income.map((i) => ({
              label: i.label,
              amount: money(incomeTotal(i, period)),
              detail: i.perYear ? fill(labels.fields.perYearTimes, { amount: money(i.amount), years: yearsIn(period) }) : null,
              source: i.source ?? null,
            })),
            total: money(income.reduce((sum, i) => sum + incomeTotal(i, period), 0)),
          }
        : null,
  };
}

/** A goal's or action's budget line: "€ 1.500 per jaar (werkingsmiddelen)", with the note the plan gave. */
export function workBudgetText(model: PlanModel, labels: Labels, item: OperationalGoal | Action): string | null {
  const budget = item.budget;
  if (!budget) return null;
  const money = moneyIn(model);
  const amount = budget.perYear ? fill(labels.fields.perYear, { amount: money(budget.amount) }) : money(budget.amount);
  const runs = actionPeriod('start' in item ? item : {}, model.plan.period);
  const total = budget.perYear && yearsIn(runs) > 1 ? ` = ${money(workBudgetTotal(budget, runs))}` : '';
  return `${amount}${total}${budget.note ? ` ${budget.note}` : ''}${budget.source ? ` (${budget.source})` : ''}`;
}

/** An action's counted outputs: "kaartjes met de leeftijdsgrens: 15.000 stuks". */
export function outputsText(model: PlanModel, outputs: ActionInput['outputs']): string[] {
  return (outputs ?? []).map((o) => `${o.label}: ${formatNumber(o.quantity, model.language)}${o.unit ? ` ${o.unit}` : ''}`);
}

/** An action's income: "€ 1.800 bijdrage scholen (scholen)". */
export function incomeText(model: PlanModel, income: ActionInput['income']): string[] {
  const money = moneyIn(model);
  return (income ?? []).map((i) => `${money(i.amount)} ${i.label}${i.from ? ` (${i.from})` : ''}`);
}

/** A measured value with its unit where the unit belongs to the number: "35 %" everywhere. */
export function measureText(model: PlanModel, unit: string | undefined, m: IndicatorInput['baseline']): string | null {
  if (!m) return null;
  const value = typeof m.value === 'number' ? formatNumber(m.value, model.language) : m.value;
  const withUnit = unit === '%' && typeof m.value === 'number' ? `${value} %` : value;
  return `${withUnit}${m.year ? ` (${m.year})` : ''}`;
}

export function adoptionsView({ model, labels }: FieldsContext): AdoptionView[] {
  const names = new Map(model.plan.municipalities.filter((m) => m.id).map((m) => [m.id as string, m.name]));
  return adoptions(model.plan).map(({ adoption }) => ({
    body: adoption.municipality ? fill(labels.fields.bodyOf, { body: adoption.body, municipality: names.get(adoption.municipality) ?? adoption.municipality }) : adoption.body,
    date: formatDate(adoption.date, model.language),
    reference: adoption.reference ?? null,
  }));
}

/** A body's chair or member: a partner by name, or a person or group the plan names itself. */
export function personView(partners: Map<string, string>, person: NonNullable<BodyInput['chair']> | NonNullable<BodyInput['members']>[number]): PersonView {
  if (typeof person === 'string') return { id: person, name: partners.get(person) ?? person, role: null };
  const count = 'count' in person ? person.count : undefined;
  const about = [count === undefined ? null : String(count), person.role ?? null].filter((x): x is string => x !== null);
  return { id: '', name: about.length > 0 ? `${person.name} (${about.join(', ')})` : person.name, role: person.role ?? null };
}
