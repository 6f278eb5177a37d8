/**
 * Which pillars a goal or action counts for. One answer for the whole tool: the pillar chart,
 * the pillar-balance rule, the work items of the other rules and the progress report all read
 * the `effectivePillars` that buildModel sets with this function.
 *
 * A list with pillar ids counts for those pillars. No list, or an empty one (`pillars: []`),
 * names no pillars of its own: the item counts for the pillars of what it sits under (its
 * operational goal, strategic goal or theme). An empty list is what a half-filled or
 * scaffolded file leaves behind; reading it as "no pillar at all" silently took goals out of
 * the chart while the other rules still counted them.
 */
export function effectivePillars(own: readonly string[] | undefined, above: readonly string[]): readonly string[] {
  return [...new Set(own !== undefined && own.length > 0 ? own : above)];
}

/** True when the item writes `pillars: []` and so takes over pillars from above: the case whose meaning changed. */
export function inheritsThroughEmptyList(own: readonly string[] | undefined, effective: readonly string[]): boolean {
  return own !== undefined && own.length === 0 && effective.length > 0;
}

/**
 * Pillars that stand for prevention: preventie in the Flemish models, vraagbeperking in the
 * Dutch one, and an own pillar whose id or name says prevention.
 */
export function isPreventionPillar(pillar: { id: string; name: string }): boolean {
  return /preventie|prevention|vraagbeperking|demand-reduction/i.test(`${pillar.id} ${pillar.name}`);
}
