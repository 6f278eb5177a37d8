/** The files of a plan folder, in the order of the document they feed. */
export const planFiles = [
  { key: 'plan', file: 'plan.yaml' },
  { key: 'analysis', file: 'analysis.yaml' },
  { key: 'stakeholders', file: 'stakeholders.yaml' },
  { key: 'mission', file: 'mission.yaml' },
  { key: 'goals', file: 'goals.yaml' },
] as const;

export type PlanFileKey = (typeof planFiles)[number]['key'];
