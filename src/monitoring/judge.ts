import type { IndicatorDirection } from '../model/input.js';

/**
 * Is an indicator on track? The plan draws a straight path from the starting value (the
 * baseline) to the target in the year it is due; a measurement is on track when it lies on
 * the right side of that path for the indicator's direction. Pure, and worked by hand in
 * test/unit/monitoring/judge.test.ts.
 */
export interface Point {
  year: number;
  value: number;
}

export interface IndicatorPath {
  direction: IndicatorDirection;
  start: Point;
  target: Point;
}

export type Judgement = 'reached' | 'on-track' | 'off-track' | 'not-judged';

/** For `keep`: how far from the target (as a share of it) still counts as kept. */
export const KEEP_TOLERANCE = 0.05;

/** The direction written in the plan, else the one baseline and target imply. */
export function directionOf(given: IndicatorDirection | undefined, start: number | undefined, target: number | undefined): IndicatorDirection | undefined {
  if (given) return given;
  if (start === undefined || target === undefined) return undefined;
  return target < start ? 'decrease' : target > start ? 'increase' : 'keep';
}

/** The value the straight path expects in `year`: the start before it begins, the target once due. */
export function expectedAt(path: IndicatorPath, year: number): number {
  const { start, target } = path;
  if (year <= start.year || target.year <= start.year) return year < target.year ? start.value : target.value;
  if (year >= target.year) return target.value;
  return start.value + ((target.value - start.value) * (year - start.year)) / (target.year - start.year);
}

/**
 * The judgement of one measurement. Increase: at or above the target is reached, at or above
 * the path on track. Decrease: the mirror image. Keep: within KEEP_TOLERANCE of the target
 * is on track (there is nothing to reach beyond it).
 */
export function judge(path: IndicatorPath, measured: Point): Judgement {
  const { direction, target } = path;
  if (direction === 'keep') {
    const tolerance = Math.abs(target.value) * KEEP_TOLERANCE;
    return Math.abs(measured.value - target.value) <= tolerance ? 'on-track' : 'off-track';
  }
  const sign = direction === 'increase' ? 1 : -1;
  if (sign * (measured.value - target.value) >= 0) return 'reached';
  return sign * (measured.value - expectedAt(path, measured.year)) >= 0 ? 'on-track' : 'off-track';
}
