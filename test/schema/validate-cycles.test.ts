// Cyclic and multiple cascade paths (relationMode = "prisma", SQL Server) against Prisma 7's engine, on
// random relation graphs: the same relations are reported with the same messages (cycle paths included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { lint(input: string): string };

const SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CASCADE_MESSAGE = /cycle|multiple paths|self-relation/;

interface Edge {
  readonly from: number;
  readonly to: number;
  readonly action: string;
}

/** Models M0..Mn-1; each edge is an optional foreign key from `from` to `to` with its back relation on `to`. */
function schemaOf(datasource: string, models: number, edges: readonly Edge[]): string {
  const fields: string[][] = Array.from({ length: models }, () => []);
  edges.forEach(({ from, to, action }, i) => {
    const actions = action ? `, onDelete: ${action}, onUpdate: ${action}` : '';
    fields[from]?.push(`  f${i}Id Int?\n  f${i} M${to}? @relation("r${i}", fields: [f${i}Id], references: [id]${actions})`);
    fields[to]?.push(`  b${i} M${from}[] @relation("r${i}")`);
  });
  return `${datasource}\n${fields.map((f, i) => `model M${i} {\n  id Int @id\n${f.join('\n')}\n}\n`).join('\n')}`;
}

function cascadeErrors(text: string): { ours: string[]; theirs: string[] } {
  const raw = JSON.parse(wasm.lint(JSON.stringify([['schema.prisma', text]]))) as { start: number; text: string }[];
  const theirs = raw.filter((d) => CASCADE_MESSAGE.test(d.text)).map((d) => `${d.start}: ${d.text}`);
  const { diagnostics } = validateSchema([parseSchema({ path: 'schema.prisma', text }).file]);
  const ours = diagnostics.filter((d) => CASCADE_MESSAGE.test(d.message)).map((d) => `${d.span.start}: ${d.message}`);
  return { ours: ours.sort(), theirs: theirs.sort() };
}

const DATASOURCES = [
  'datasource db {\n  provider = "mysql"\n  relationMode = "prisma"\n}\n',
  'datasource db {\n  provider = "postgresql"\n  relationMode = "prisma"\n}\n',
  'datasource db {\n  provider = "sqlserver"\n}\n',
];

test('cascade cycles and multiple cascade paths on random relation graphs are reported as Prisma reports them', () => {
  const graph = fc.integer({ min: 2, max: 7 }).chain((models) =>
    fc.record({
      datasource: fc.constantFrom(...DATASOURCES),
      models: fc.constant(models),
      edges: fc.array(
        fc.record({ from: fc.nat(models - 1), to: fc.nat(models - 1), action: fc.constantFrom('', 'Cascade', 'SetNull', 'NoAction') }),
        { minLength: 1, maxLength: models * 2 },
      ),
    }),
  );
  try {
    fc.assert(
      fc.property(graph, ({ datasource, models, edges }) => {
        const { ours, theirs } = cascadeErrors(schemaOf(datasource, models, edges));
        assert.deepEqual(ours, theirs);
      }),
      { numRuns: 200, seed: SEED },
    );
  } catch (error) {
    assert.fail(`FC_SEED=${SEED} replays this failure.\n${error instanceof Error ? error.message : String(error)}`);
  }
});

test('a deep layered relation graph is walked once per relation, not once per path (2^24 paths here)', () => {
  // 25 layers of two models, each holding a cascading foreign key to both models of the next layer.
  const layers = 25;
  const edges: Edge[] = [];
  for (let layer = 0; layer < layers - 1; layer++) {
    for (const from of [2 * layer, 2 * layer + 1]) for (const to of [2 * layer + 2, 2 * layer + 3]) edges.push({ from, to, action: 'Cascade' });
  }
  const text = schemaOf(DATASOURCES[0] ?? '', 2 * layers, edges);
  const started = performance.now();
  const { ours, theirs } = cascadeErrors(text);
  assert.deepEqual(ours, theirs);
  assert.ok(performance.now() - started < 20_000, 'validation walks every path');
});
