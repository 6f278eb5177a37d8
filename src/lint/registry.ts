import type { Rule } from './rule.js';
import { advisoryBodyRule } from './rules/advisory-body.js';
import { ageLimitRule } from './rules/age-limit.js';
import { alcoholEnforcementRule } from './rules/alcohol-enforcement.js';
import { councilCycleRule } from './rules/council-cycle.js';
import { healthPolicyLinkRule } from './rules/health-policy-link.js';
import { alcoholInScopeRule } from './rules/alcohol-in-scope.js';
import { coordinatorNamedRule } from './rules/coordinator-named.js';
import { experienceExpertsRule } from './rules/experience-experts.js';
import { goalIndicatorRule } from './rules/goal-indicator.js';
import { goalOwnerRule } from './rules/goal-owner.js';
import { markdownNestingRule } from './rules/markdown-nesting.js';
import { doneAfterStartRule } from './rules/done-after-start.js';
import { emptySectionRule } from './rules/empty-section.js';
import { indicatorMeasuredRule } from './rules/indicator-measured.js';
import { measurementInPeriodRule } from './rules/measurement-in-period.js';
import { spendingWithinBudgetRule } from './rules/spending-within-budget.js';
import { budgetReconcilesRule } from './rules/budget-reconciles.js';
import { periodLengthRule } from './rules/period-length.js';
import { pdfCharactersRule } from './rules/pdf-characters.js';
import { pillarBalanceRule } from './rules/pillar-balance.js';
import { placeholdersRule } from './rules/placeholders.js';
import { preventionTargetingRule } from './rules/prevention-targeting.js';
import { processGoalsRule } from './rules/process-goals.js';
import { sectorCoverageRule } from './rules/sector-coverage.js';
import { stakeholderInvolvedRule } from './rules/stakeholder-involved.js';
import { substanceCoverageRule } from './rules/substance-coverage.js';

/** Every domain rule, in the order `plan rules` lists them: plan, stakeholders, scope, goals, monitoring, then the texts as a whole. */
export const rules: readonly Rule[] = [
  periodLengthRule,
  councilCycleRule,
  healthPolicyLinkRule,
  coordinatorNamedRule,
  sectorCoverageRule,
  stakeholderInvolvedRule,
  advisoryBodyRule,
  experienceExpertsRule,
  alcoholInScopeRule,
  substanceCoverageRule,
  pillarBalanceRule,
  processGoalsRule,
  goalOwnerRule,
  goalIndicatorRule,
  preventionTargetingRule,
  ageLimitRule,
  alcoholEnforcementRule,
  indicatorMeasuredRule,
  measurementInPeriodRule,
  doneAfterStartRule,
  spendingWithinBudgetRule,
  budgetReconcilesRule,
  emptySectionRule,
  placeholdersRule,
  pdfCharactersRule,
  markdownNestingRule,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
