#!/usr/bin/env node
// Re-renders the approved output files in test/approved/ after a person has read the change.
// Usage: npm run approve [-- <name> …]   (names: base, or a folder of examples/)
// Then read `git diff test/approved` line by line before committing: that diff is the review.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const plans = { base: join(root, 'test', 'fixtures', 'base') };
const examples = join(root, 'examples');
if (existsSync(examples)) for (const e of readdirSync(examples, { withFileTypes: true })) if (e.isDirectory()) plans[e.name] = join(examples, e.name);
const wanted = process.argv.slice(2);
for (const [name, dir] of Object.entries(plans)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const out = join(root, 'test', 'approved', name);
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, [join(root, 'bin', 'plan'), 'render', dir, '--out', out, '--format', 'html,md'], { stdio: 'inherit' });
}
