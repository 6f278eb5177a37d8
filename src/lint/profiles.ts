import type { PlanInput } from '../model/input.js';
import type { LocalText } from './rule.js';

/**
 * The traditions a plan can be checked in. `vad`: Flemish integral drug policy in the VAD
 * frame (today's rules). `alcoholwet`: a Dutch preventie- en handhavingsplan alcohol, which
 * the council adopts every four years under article 43a of the Alcoholwet.
 */
export const ruleProfiles = ['vad', 'alcoholwet'] as const;
export type RuleProfile = (typeof ruleProfiles)[number];

/** The rules every plan gets, whatever its tradition. */
export const everyProfile: readonly RuleProfile[] = ruleProfiles;

/** Whether rules of these profiles apply to every plan, whatever its tradition. */
export const inEveryProfile = (profiles: readonly RuleProfile[]): boolean => everyProfile.every((p) => profiles.includes(p));

export const profileNames: Record<RuleProfile, LocalText> = {
  vad: { nl: 'Vlaams integraal drugbeleid, in het kader van VAD', en: 'Flemish integral drug policy, in the VAD frame' },
  alcoholwet: { nl: 'Nederlands preventie- en handhavingsplan alcohol, onder de Alcoholwet', en: 'Dutch alcohol prevention and enforcement plan, under the Alcoholwet' },
};

/** The structure preset the plan names, if any. */
const structurePreset = (plan: PlanInput): string | undefined => plan.structure?.preset;

/**
 * The profile a plan is checked in. An explicit `ruleProfile` wins. Otherwise the plan's
 * language alone does not decide: a Dutch plan may well be an integral drug-prevention plan
 * (examples/gemeente-x), which the Alcoholwet rules would ask for age limits and licences it
 * never meant to cover. Only a Dutch plan laid out as a preventie- en handhavingsplan
 * (`structure: preset: php-nl`) gets the alcoholwet profile by default; every other plan vad.
 */
export function planRuleProfile(plan: PlanInput): RuleProfile {
  if (plan.ruleProfile) return plan.ruleProfile;
  if (plan.language === 'nl-NL' && structurePreset(plan) === 'php-nl') return 'alcoholwet';
  return 'vad';
}

/** A plan laid out as a short action plan (`structure: preset: actieplan`). */
export function isActionPlan(plan: PlanInput): boolean {
  return structurePreset(plan) === 'actieplan';
}
