/** Writes a copy of the plan in `src`, `factor` times as large, to a new temporary folder. */
export function scalePlan(src: string, factor: number): Promise<string>;
