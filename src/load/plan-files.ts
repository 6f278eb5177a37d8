/**
 * The files of a plan folder, in the order of the document they feed: the one list of them.
 * src/load reads these, scripts/generate-validators.mjs makes a validator for each
 * (scripts/lib/import-source.mjs, before tsc runs: keep this module free of imports), and
 * the tests build plan folders from it.
 */
export const planFiles = [
  { key: 'plan', file: 'plan.yaml' },
  { key: 'analysis', file: 'analysis.yaml' },
  { key: 'stakeholders', file: 'stakeholders.yaml' },
  { key: 'mission', file: 'mission.yaml' },
  { key: 'goals', file: 'goals.yaml' },
] as const;

export type PlanFileKey = (typeof planFiles)[number]['key'];
export type PlanFileName = (typeof planFiles)[number]['file'];

/** 'plan', 'analysis', …: the keys, in order. */
export const planFileKeys: readonly PlanFileKey[] = planFiles.map((f) => f.key);
/** 'plan.yaml', 'analysis.yaml', …: the file names, in order. */
export const planFileNames: readonly PlanFileName[] = planFiles.map((f) => f.file);
