// Instantiation budget of the benchmark's 30 typical queries (bench/type-check.ts) against the client
// generated from the synthetic 80-model schema (bench/synthetic-schema.ts): the number `npm run bench`
// compares with Prisma 7's client (18,298 there). A change to the generated or shared types that makes
// typical calls costlier fails here first.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, test } from 'node:test';
import { queriesFile } from '../../bench/type-check.js';
import { syntheticSchema } from '../../bench/synthetic-schema.js';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import { typeCheck, type Workspace } from './compile.js';

/**
 * Measured: ~22,300 (tsc 5.9, the benchmark's options). Most of it is SelectSubset's unknown-key walk
 * (src/client/types/utils.ts), ~13,000; without it the same file costs ~9,300.
 */
const MAX_INSTANTIATIONS = 24_000;

let workspace: Workspace | undefined;
after(() => {
  if (workspace) fs.rmSync(workspace.dir, { recursive: true, force: true });
});

test('the 30 benchmark queries on an 80-model client stay within the instantiation budget', async (t) => {
  const models = 80;
  const { file } = parseSchema({ path: 'schema.prisma', text: syntheticSchema(models) });
  const { schema, diagnostics } = validateSchema([file]);
  assert.ok(schema, diagnostics.map((d) => d.message).join('\n'));
  const queries = queriesFile("import type { PrismaClient } from './client/index.js';", models);
  // The benchmark's compiler options: strict, library files (the generated .d.ts) not checked in full.
  workspace = await typeCheck(schema, new Map([['queries.ts', queries]]), 'src/client/types/index.ts', {
    skipLibCheck: true,
    exactOptionalPropertyTypes: false,
    noUncheckedIndexedAccess: false,
  });
  t.diagnostic(`${workspace.instantiations} type instantiations, check ${Math.round(workspace.checkMs)} ms`);
  assert.deepEqual([...workspace.diagnostics.values()].flat(), []);
  assert.ok(workspace.instantiations < MAX_INSTANTIATIONS, `${workspace.instantiations} instantiations (budget ${MAX_INSTANTIATIONS})`);
});
