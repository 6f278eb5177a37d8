import { everyProfile } from '../profiles.js';
import { planBudgetTotal, workBudgets } from '../../model/budget-totals.js';
import { formatMoney } from '../../locale/locale-format.js';
import type { Finding, Rule } from '../rule.js';

/** A note that only says the amount is yearly: the old way to write what `perYear: true` now means. */
const yearlyNote = /^\s*(per jaar|jaarlijks|elk jaar|ieder jaar|per year|yearly|annually|a year|each year)\s*\.?\s*$/i;

export const budgetReconcilesRule: Rule = {
  id: 'budget-reconciles',
  description: {
    nl: 'De budgetten van de acties passen in de begroting van het plan, en een jaarbedrag staat als jaarbedrag.',
    en: 'The budgets of the actions fit in the plan budget, and a yearly amount is written as one.',
  },
  rationale: {
    nl: 'Een lokaal beleid maakt duidelijke afspraken over middelen (seed: lokaal-overleg-stakeholders). De raad keurt met het plan de begroting goed en leest bij elke actie wat ze kost. Tellen de acties samen meer op dan de begrotingstabel, dan klopt een van beide niet, en dat mag niet onopgemerkt in een raadsvoorstel staan. Minder is gewoon: de begroting betaalt ook personeel en werking die bij geen actie horen. Een bedrag per jaar telt mee voor elk jaar dat de actie loopt (perYear: true); een notitie "per jaar" zegt dat niet aan de optelling.',
    en: 'Local policy makes clear agreements on money (seed: lokaal-overleg-stakeholders). With the plan, the council approves the budget and reads what each action costs. When the actions add up to more than the budget table, one of the two is wrong, and that must not pass unnoticed in a council proposal. Less is normal: the budget also pays for staff and running costs that belong to no action. An amount per year counts for every year the action runs (perYear: true); a note saying "per year" does not tell the sum.',
  },
  profiles: everyProfile,
  defaultSeverity: 'warning',
  codes: ['budget-actions-over-plan', 'budget-yearly-note'],
  example: {
    file: 'goals.yaml',
    bad: `budget: { amount: 1500, note: per jaar }`,
    good: `budget: { amount: 1500, perYear: true }`,
  },
  check({ model }) {
    const findings: Finding[] = [];
    const money = (amount: number): string => formatMoney(amount, model.language, model.plan.budget?.currency ?? 'EUR');
    const work = workBudgets(model);
    for (const item of model.goals.strategicGoals.flatMap((g) => g.operationalGoals.flatMap((og) => [og, ...og.actions])).concat(model.goals.themes.flatMap((t) => t.actions))) {
      const note = item.budget?.note;
      if (note && !item.budget?.perYear && yearlyNote.test(note)) {
        findings.push({ code: 'budget-yearly-note', file: 'goals.yaml', path: [...item.ref.path, 'budget', 'note'], params: { goal: item.number, title: item.title, amount: item.budget?.amount ?? 0, note } });
      }
    }
    const plan = planBudgetTotal(model);
    if (plan === undefined || work.length === 0) return findings;
    const actions = work.reduce((sum, w) => sum + w.total, 0);
    // Cents, not floating-point noise, decide.
    if (Math.round(actions * 100) > Math.round(plan * 100)) {
      findings.push({
        code: 'budget-actions-over-plan',
        file: 'plan.yaml',
        path: ['budget', 'items'],
        target: 'key',
        params: { actions: money(actions), plan: money(plan), difference: money(actions - plan), count: work.length },
      });
    }
    return findings;
  },
};
