// Preloaded with `node --import` by test/e2e/output-transaction.test.ts, to hold a render
// at one exact moment of its write so that a test can interrupt it there. Test-only: the
// CLI itself has no such hook. PLAN_PAUSE_AT says where:
//   temporary  right after the first temporary file (.plan.html.<pid>.<hex>.tmp) is created
//   rename     right after the first temporary was renamed over its target
// At that moment the process prints "PAUSED" on stderr and waits for a signal.
import fsp from 'node:fs/promises';

const where = process.env.PLAN_PAUSE_AT;
const pause = () => {
  process.stderr.write('PAUSED\n');
  return new Promise((resolve) => setTimeout(resolve, 120_000));
};
let paused = false;
const once = async () => {
  if (paused) return;
  paused = true;
  await pause();
};

if (where === 'temporary') {
  const open = fsp.open;
  fsp.open = async (path, ...rest) => {
    const handle = await open(path, ...rest);
    if (String(path).endsWith('.tmp')) await once();
    return handle;
  };
} else if (where === 'rename') {
  const rename = fsp.rename;
  fsp.rename = async (from, to) => {
    await rename(from, to);
    if (String(from).endsWith('.tmp')) await once();
  };
}
