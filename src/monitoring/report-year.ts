import type { MonitoringYear } from './monitoring-model.js';

/** The monitoring file of the report year, or of the latest year when no year is asked for. */
export function reportYearOf(monitoring: readonly MonitoringYear[] | undefined, year: number | undefined): MonitoringYear | undefined {
  if (!monitoring || monitoring.length === 0) return undefined;
  return year === undefined ? monitoring[monitoring.length - 1] : monitoring.find((m) => m.year === year);
}
