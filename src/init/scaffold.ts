import type { PlannedFile } from '../io/write-new-files.js';
import type { InitAnswers } from './answers.js';
import { scaffoldContext } from './context.js';
import { analysisFile } from './files/analysis-file.js';
import { goalsFile } from './files/goals-file.js';
import { missionFile } from './files/mission-file.js';
import { planFile } from './files/plan-file.js';
import { gitignoreFile, readmeFile } from './files/readme-file.js';
import { stakeholdersFile } from './files/stakeholders-file.js';

export interface ScaffoldOptions {
  /** What to write after `$schema=` for a shipped schema file such as `plan.schema.json`. */
  schemaRef: (schemaFile: string) => string;
}

/**
 * The files of a new plan, as a pure function of the answers: the five YAML files, each
 * with its schema line and guidance in comments, a README with the next steps and a
 * .gitignore for rendered output. The result validates as it is.
 */
export function scaffoldPlan(answers: InitAnswers, options: ScaffoldOptions): PlannedFile[] {
  const ctx = scaffoldContext(answers, options.schemaRef);
  return [
    { path: 'plan.yaml', content: planFile(ctx) },
    { path: 'analysis.yaml', content: analysisFile(ctx) },
    { path: 'stakeholders.yaml', content: stakeholdersFile(ctx) },
    { path: 'mission.yaml', content: missionFile(ctx) },
    { path: 'goals.yaml', content: goalsFile(ctx) },
    { path: 'README.md', content: readmeFile(ctx) },
    { path: '.gitignore', content: gitignoreFile(ctx), ifExists: 'keep' },
  ];
}
