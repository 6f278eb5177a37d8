import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadFile, type LoadedFile } from './load-plan.js';

/** The folder beside the plan files that holds one monitoring file per year. */
export const MONITORING_FOLDER = 'monitoring';

/** A plan runs five or six years; a folder with more files than this is not monitoring data. */
const MAX_MONITORING_FILES = 100;

export interface LoadedMonitoringFile extends LoadedFile {
  year: number;
  /** As messages show it: `monitoring/2023.yaml`. */
  file: string;
}

export interface MonitoringLoad {
  files: LoadedMonitoringFile[];
  diagnostics: Diagnostic[];
}

/**
 * Reads `monitoring/<year>.yaml` of a plan folder, oldest year first. The folder is optional:
 * a plan without it simply has no monitoring data. A YAML file whose name is not a year is
 * reported, since the year is read from the name.
 */
export async function loadMonitoring(dir: string): Promise<MonitoringLoad> {
  const folder = join(dir, MONITORING_FOLDER);
  const result: MonitoringLoad = { files: [], diagnostics: [] };
  const info = await stat(folder).catch(() => undefined);
  if (!info) return result;
  if (!info.isDirectory()) {
    result.diagnostics.push({ code: 'monitoring-not-a-folder', severity: 'error', file: MONITORING_FOLDER, params: { folder: MONITORING_FOLDER } });
    return result;
  }
  const names = (await readdir(folder)).filter((name) => /\.ya?ml$/i.test(name)).sort();
  const years: Array<{ name: string; year: number }> = [];
  for (const name of names) {
    const year = /^(\d{4})\.ya?ml$/.exec(name)?.[1];
    const shown = `${MONITORING_FOLDER}/${name}`;
    if (year === undefined) result.diagnostics.push({ code: 'monitoring-file-name', severity: 'error', file: shown, params: { file: shown } });
    else if (years.some((y) => y.year === Number(year))) result.diagnostics.push({ code: 'monitoring-year-twice', severity: 'error', file: shown, params: { file: shown, year } });
    else years.push({ name, year: Number(year) });
  }
  for (const { name, year } of years.slice(0, MAX_MONITORING_FILES)) {
    const file = `${MONITORING_FOLDER}/${name}`;
    const loaded = await loadFile(dir, file, result.diagnostics);
    if (loaded) result.files.push({ ...loaded, year, file });
  }
  return result;
}
