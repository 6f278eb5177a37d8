import type { DataPath } from '../diagnostics/diagnostic.js';
import type { Markdown, MonitoringInput, MonitoringStatus } from '../model/input.js';

export interface Measurement {
  indicator: string;
  value: number | string;
  /** The year the value counts for: its date's year, else the file's year. */
  year: number;
  date?: string;
  source?: string;
  note?: Markdown;
  path: DataPath;
}

export interface StatusEntry {
  action: string;
  status: MonitoringStatus;
  explanation?: Markdown;
  path: DataPath;
}

export interface SpendingEntry {
  budgetLine: string;
  amount: number;
  note?: Markdown;
  path: DataPath;
}

/** One monitoring file, as the checks and the report use it. */
export interface MonitoringYear {
  year: number;
  /** `monitoring/2023.yaml`. */
  file: string;
  example?: string;
  intro?: Markdown;
  measurements: Measurement[];
  statuses: StatusEntry[];
  spending: SpendingEntry[];
}


/** From a schema-valid monitoring file to the shape the checks and the report use. Pure. */
export function monitoringYear(file: string, year: number, input: MonitoringInput): MonitoringYear {
  return {
    year,
    file,
    example: input.example,
    intro: input.intro,
    measurements: (input.indicators ?? []).map((m, i) => ({
      indicator: m.indicator,
      value: m.value,
      year: m.date ? Number(m.date.slice(0, 4)) : year,
      date: m.date,
      source: m.source,
      note: m.note,
      path: ['indicators', i],
    })),
    statuses: (input.actions ?? []).map((s, i) => ({ action: s.action, status: s.status, explanation: s.explanation, path: ['actions', i] })),
    spending: (input.spending ?? []).map((s, i) => ({ budgetLine: s.budgetLine, amount: s.amount, note: s.note, path: ['spending', i] })),
  };
}
