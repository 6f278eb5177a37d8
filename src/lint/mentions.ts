import { forEachText } from './texts.js';

/**
 * Whether any text in `data` (titles, Markdown, target groups, indicator names) matches
 * `pattern`. The Alcoholwet rules use it where a plan may say a thing in words anywhere: a goal
 * on the age limit is a title or an indicator, not a field of its own.
 */
export function mentions(data: unknown, pattern: RegExp): boolean {
  let found = false;
  forEachText(data, (text) => {
    if (!found && pattern.test(text)) found = true;
  });
  return found;
}

/** The key of goals.yaml a plan-wide finding about its goals points at: its goals or themes. */
export function goalsKey(goals: { strategicGoals?: unknown; themes?: unknown }): string[] {
  if (goals.strategicGoals) return ['strategicGoals'];
  if (goals.themes) return ['themes'];
  return [];
}
