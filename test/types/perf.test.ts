// Type-checking cost of a generated client: a 300-model schema, its index.d.ts checked in full
// (skipLibCheck off) plus a usage file touching several models. Budgets keep it cheap (STYLE.md 10).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, test } from 'node:test';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';
import { manyModelsSchema } from '../generate/fixtures/many-models.js';
import { typeCheck, type Workspace } from './compile.js';

const USAGE = `
import { PrismaClient } from './client/index.js';
const prisma = new PrismaClient();
export async function run() {
  const a = await prisma.m10.findMany({ where: { code: { startsWith: 'a' }, parent: { name: null } }, include: { children: { select: { id: true, status: true } } } });
  const b = await prisma.m20.create({ data: { code: 'x', parent: { connect: { id: 1 } }, children: { create: [{ code: 'y' }] } } });
  const c = await prisma.m30.update({ where: { code: 'x' }, data: { count: { increment: 1 }, amount: '1.5' }, select: { id: true, parent: true } });
  const d = await prisma.m40.groupBy({ by: ['status'], _count: { _all: true }, _avg: { count: true } });
  const e = await prisma.$transaction([prisma.m50.findUnique({ where: { id: 1 } }), prisma.m60.count()]);
  const x = prisma.$extends({ result: { m70: { label: { needs: { code: true }, compute: (r) => r.code.toUpperCase() } } } });
  const f = await x.m70.findFirstOrThrow();
  const g: string = f.label;
  return [a, b, c, d, e, g];
}
`;

/** Budgets with headroom over what was measured (22k instantiations, ~4 s check alone on the dev machine;
 * the time budget is loose because other test files share the machine). */
const MAX_INSTANTIATIONS = 40_000;
const MAX_CHECK_MS = 120_000;

let workspace: Workspace | undefined;
after(() => {
  if (workspace) fs.rmSync(workspace.dir, { recursive: true, force: true });
});

test('300 models: the client and a usage file check cleanly within the instantiation budget', async (t) => {
  const text = `${manyModelsSchema(300)}\ngenerator client {\n  provider = "prisma-client-js"\n}\n`;
  const { file } = parseSchema({ path: 'schema.prisma', text });
  const { schema } = validateSchema([file]);
  assert.ok(schema);
  workspace = await typeCheck(schema, new Map([['usage.ts', USAGE]]));
  t.diagnostic(`300 models: ${workspace.instantiations} type instantiations, check ${Math.round(workspace.checkMs)} ms`);
  assert.deepEqual([...workspace.diagnostics.values()].flat(), []);
  assert.ok(workspace.instantiations < MAX_INSTANTIATIONS, `${workspace.instantiations} instantiations`);
  assert.ok(workspace.checkMs < MAX_CHECK_MS, `check took ${Math.round(workspace.checkMs)} ms`);
});
