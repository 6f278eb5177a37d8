import { spendingOverBudget } from '../../monitoring/money.js';
import { indexPlan } from '../../monitoring/plan-index.js';
import { formatMoney } from '../../locale/locale-format.js';
import type { Rule } from '../rule.js';
import { everyProfile } from '../profiles.js';

export const spendingWithinBudgetRule: Rule = {
  id: 'spending-within-budget',
  description: {
    nl: 'De uitgaven op een begrotingslijn blijven binnen het begrote bedrag.',
    en: 'Spending on a budget line stays within the amount budgeted.',
  },
  rationale: {
    nl: 'Een lokaal beleid maakt duidelijke afspraken over middelen en personeelsinzet (seed: lokaal-overleg-stakeholders). De raad keurt met het plan ook de middelen goed; het voortgangsrapport zet gepland en uitgegeven naast elkaar. Telt de monitoring over de jaren meer uitgaven op dan de lijn heeft, dan is dat een tikfout of een overschrijding die de raad moet kennen. Een lijn met een jaar ("year:") telt alleen de uitgaven van dat jaar, een lijn zonder jaar die van de hele periode.',
    en: 'Local policy makes clear agreements on money and staff time (seed: lokaal-overleg-stakeholders). With the plan the council also approves the money; the progress report puts planned and spent side by side. When the monitoring adds up more spending over the years than the line has, that is a typo or an overrun the council should know of. A line with a year ("year:") counts only that year\u2019s spending, a line without one the whole period\u2019s.',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['spending-over-budget'],
  example: {
    file: 'monitoring/2023.yaml',
    bad: `spending:
  - { budgetLine: feestkoffer, amount: 9000 }   # budget: 5000 in goals.yaml`,
    good: `spending:
  - { budgetLine: feestkoffer, amount: 4500 }`,
  },
  check({ model, monitoring }) {
    if (!monitoring || monitoring.length === 0) return [];
    const index = indexPlan(model);
    const money = (amount: number): string => formatMoney(amount, model.language, model.plan.budget?.currency ?? 'EUR');
    return spendingOverBudget(index, monitoring).map(({ line, year, entry, spent }) => ({
      code: 'spending-over-budget',
      file: year.file,
      path: [...entry.path, 'amount'],
      params: { label: line.label, spent: money(spent), budget: money(line.amount), year: year.year, budgetFile: line.file },
    }));
  },
};
