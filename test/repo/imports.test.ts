import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('imports flow down the layers and form no cycle (scripts/check-imports.mjs)', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/check-imports.mjs')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /imports: \d+ files checked, 0 problems/);
});
