import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sqliteDialect } from '../../src/dialects/sqlite/index.js';
import { createContext, PlanCache } from '../../src/client/engine/context.js';
import { bindParams, finish } from '../../src/client/engine/fragment.js';
import { compileRead } from '../../src/client/engine/read-query.js';
import { buildSchemaIndex } from '../../src/client/engine/schema-index.js';
import { buildSelection } from '../../src/client/engine/selection.js';
import { shapeKey } from '../../src/client/engine/shape-key.js';
import { BLOG, schemaFrom } from './engine-helpers.js';

const index = buildSchemaIndex(schemaFrom(`datasource db {\n  provider = "sqlite"\n}\n${BLOG}`));

function compile(args: Record<string, unknown>) {
  const ctx = createContext(index, sqliteDialect, new PlanCache());
  const model = index.models.get('User');
  if (!model) throw new Error('no User');
  const selection = buildSelection(ctx, model, args, [], undefined);
  const statement = compileRead(ctx, selection, args, []);
  return { statement, query: finish(statement.fragment, sqliteDialect) };
}

test('a nested read compiles to one statement with JSON aggregation, without a database', () => {
  const { query } = compile({ where: { email: { contains: 'x' } }, include: { posts: { where: { views: { gt: 3 } }, orderBy: { id: 'desc' }, take: 2 } } });
  assert.equal(query.sql.match(/^SELECT /g)?.length, 1);
  assert.match(query.sql, /json_group_array\(json_object\(/);
  assert.match(query.sql, /ORDER BY t\d+\."id" DESC LIMIT \?/);
  assert.ok(query.params.includes('%x%') && query.params.includes(3) && query.params.includes(2), `params: ${String(query.params)}`);
});

test('calls of the same shape share the SQL; slots re-bind the new values', () => {
  const a = { where: { name: 'Ann', posts: { some: { views: { in: [1, 2] } } } }, select: { id: true } };
  const b = { where: { name: 'Bob', posts: { some: { views: { in: [7, 8] } } } }, select: { id: true } };
  assert.equal(shapeKey(a), shapeKey(b));
  assert.notEqual(shapeKey(a), shapeKey({ ...a, where: { name: null } }));
  assert.notEqual(shapeKey(a), shapeKey({ ...a, take: 3 }));
  const compiled = compile(a);
  const rebound = bindParams(compiled.statement.fragment.params, b);
  assert.deepEqual(rebound, compile(b).query.params);
  assert.notDeepEqual(rebound, compiled.query.params);
});
