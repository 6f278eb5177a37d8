import { checkPlan, type CheckResult } from './check-plan.js';
import { PlanFolderError } from '../load/load-plan.js';

/** One plan folder of a `plan validate a b c` run: its check, or why its folder could not be read. */
export interface PlanCheck {
  dir: string;
  result?: CheckResult;
  folderError?: PlanFolderError;
}

/**
 * Checks the plans one after the other in this process: a check takes a few milliseconds,
 * far less than starting Node.js again, so 300 plans cost one start instead of 300. A
 * missing folder is reported for that plan and the others are still checked.
 */
export async function checkPlans(dirs: readonly string[]): Promise<PlanCheck[]> {
  const checks: PlanCheck[] = [];
  for (const dir of dirs) {
    try {
      checks.push({ dir, result: await checkPlan(dir) });
    } catch (error) {
      if (!(error instanceof PlanFolderError)) throw error;
      checks.push({ dir, folderError: error });
    }
  }
  return checks;
}
