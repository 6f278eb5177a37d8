import type { Finding, Rule } from '../rule.js';
import { isPreventionPillar } from '../../model/pillars.js';
import { workItems } from '../../model/work-items.js';
import { everyProfile } from '../profiles.js';

/**
 * Work tagged with every pillar of a plan with several pillars is coordination (a coordinator,
 * the consultation, monitoring), not prevention aimed at someone: it has no target group of its own.
 */
function coversEveryPillar(pillars: readonly string[], count: number): boolean {
  return count > 1 && new Set(pillars).size >= count;
}

export const preventionTargetingRule: Rule = {
  id: 'prevention-targeting',
  description: {
    nl: 'Doelstellingen in de preventiepijler noemen hun doelgroepen en settings.',
    en: 'Goals in the prevention pillar name their target groups and settings.',
  },
  rationale: {
    nl: 'Preventie werkt het best op maat van een doelgroep en in de settings waar mensen leven, leren, werken en uitgaan: school, gezin, werk, jeugdwerk, nachtleven (seeds: brugge-drugbeleidsplan over de settingsgerichte aanpak, trimbos-gemeenten-motor-drugspreventie over preventie in settings). Een preventiedoel zonder doelgroep of setting is moeilijk uit te voeren en te evalueren. Doelgroepen of settings van de acties onder een doelstelling, en die van het thema of de strategische doelstelling erboven, tellen mee. Werk dat alle pijlers draagt, zoals coördinatie of het lokaal overleg, richt zich op het beleid zelf en niet op een doelgroep: dat blijft buiten deze regel.',
    en: 'Prevention works best tailored to a target group and in the settings where people live, learn, work and go out: school, family, work, youth work, nightlife (seeds: brugge-drugbeleidsplan on the settings approach, trimbos-gemeenten-motor-drugspreventie on prevention in settings). A prevention goal without a target group or setting is hard to carry out and to evaluate. Target groups or settings of the actions under a goal, and those of the theme or strategic goal above it, count too. Work that carries every pillar, such as coordination or the local consultation, is aimed at the policy itself rather than at a target group, and is left out of this rule.',
  },
  defaultSeverity: 'warning',
  profiles: everyProfile,
  codes: ['prevention-without-target-groups', 'prevention-without-settings'],
  example: {
    file: 'goals.yaml',
    bad: `- id: scholen
  title: Scholen werken preventief
  pillars: [preventie]`,
    good: `- id: scholen
  title: Scholen werken preventief
  pillars: [preventie]
  targetGroups: [leerlingen, leerkrachten]
  settings: [onderwijs]`,
  },
  check({ model }) {
    const prevention = new Set(model.pillars.filter(isPreventionPillar).map((p) => p.id));
    const findings: Finding[] = [];
    for (const { kind, item, pillars, actions, theme, strategicGoal } of workItems(model)) {
      // Goals are checked as a whole; actions only where they stand in for goals, under themes.
      if (kind === 'action' && !theme) continue;
      if (!pillars.some((id) => prevention.has(id))) continue;
      if (coversEveryPillar(pillars, model.pillars.length)) continue;
      // A theme or strategic goal may name the target groups and settings of all the work under it.
      const above = theme ?? strategicGoal;
      const all = [item, ...actions, ...(above ? [above] : [])];
      const params = { item: item.number, title: item.title, kind };
      if (!all.some((i) => (i.targetGroups ?? []).length > 0)) findings.push({ code: 'prevention-without-target-groups', file: item.ref.file, path: item.ref.path, params });
      if (!all.some((i) => (i.settings ?? []).length > 0)) findings.push({ code: 'prevention-without-settings', file: item.ref.file, path: item.ref.path, params });
    }
    return findings;
  },
};
