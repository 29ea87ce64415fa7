// Runs every test file under test/ (or the paths given) with Node's test runner, TypeScript through tsx,
// then the type tests. `REFRACT_TEST_DB=sqlite|postgres|mysql` narrows the database tests to one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function collect(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : collect(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const args = process.argv.slice(2);
const files = (args.length ? args : ['test']).flatMap((p) => (fs.statSync(p).isDirectory() ? collect(p) : [p])).sort();
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
