// Round trip on every database: push a schema, `db pull` it over itself, and the pulled schema has the
// same models, fields (types, arity), attributes and relations, as text: each block's lines compared
// after formatting (field order aside: a pulled model lists columns first, then relation fields).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { introspect, pushSchema, renderPulledSchema } from '../../src/migrate/index.js';
import type { Connection } from '../../src/dialects/driver.js';
import { formatText } from '../../src/schema/format/index.js';
import { loadSchema } from './helpers/parse.js';
import { freshMysql, mysqlEnabled } from './helpers/mysql.js';
import { freshPostgres, postgresEnabled } from './helpers/postgres.js';
import { freshSqlite } from './helpers/sqlite.js';

/** `model X` / `enum Y` -> its lines (whitespace collapsed, sorted); datasource, generators and comments left out. */
function blocks(text: string): Record<string, string[]> {
  const formatted = formatText(text.split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n'));
  const out: Record<string, string[]> = {};
  for (const match of formatted.matchAll(/^(model|enum|view) (\w+) \{\n([^]*?)\n\}/gm)) {
    out[`${match[1]} ${match[2]}`] = (match[3] ?? '').split('\n').map((l) => withoutDefaultActions(l.trim().replace(/\s+/g, ' '))).filter((l) => l !== '').sort();
  }
  return out;
}

/** A referential action equal to Prisma's default for the field (SetNull/Restrict, Cascade) says nothing. */
function withoutDefaultActions(line: string): string {
  const optional = /^\w+ \w+\?/.test(line);
  return line.replace(`, onDelete: ${optional ? 'SetNull' : 'Restrict'}`, '').replace(', onUpdate: Cascade', '');
}

const schemaText = (name: string, provider: string) => fs.readFileSync(`/work/shared/conformance/schemas/${name}.prisma`, 'utf8').replaceAll('{{provider}}', provider);

async function roundTrip(connection: Connection, provider: string, name: string): Promise<void> {
  const text = schemaText(name, provider);
  const schema = loadSchema(text);
  const pushed = await pushSchema({ schema, connection });
  assert.equal(pushed.applied, true);
  const live = await introspect(connection, provider, schema.datasource?.schemas.length ? schema.datasource.schemas : undefined);
  const pulled = renderPulledSchema(live, { preamble: `datasource db {\n  provider = "${provider}"\n}`, previous: schema });
  assert.deepEqual(blocks(pulled), blocks(text), pulled);
}

const NAMES = ['blog', 'shop', 'tenant'];

for (const name of NAMES) {
  test(`SQLite: ${name} pushed, pulled over itself, has the same models, fields, attributes and relations`, async () => {
    const db = freshSqlite(`roundtrip_${name}`);
    try {
      await roundTrip(db, 'sqlite', name);
    } finally {
      await db.close();
    }
  });
  test(`PostgreSQL: ${name} pushed, pulled over itself, has the same models, fields, attributes and relations`, { skip: !postgresEnabled && 'REFRACT_TEST_DB excludes postgres' }, async () => {
    const db = await freshPostgres(`roundtrip_${name}`);
    try {
      await roundTrip(db.connection, 'postgresql', name);
    } finally {
      await db.drop();
    }
  });
  test(`MySQL: ${name} pushed, pulled over itself, has the same models, fields, attributes and relations`, { skip: !mysqlEnabled && 'REFRACT_TEST_DB excludes mysql' }, async () => {
    const db = await freshMysql(`roundtrip_${name}`);
    try {
      await roundTrip(db.connection, 'mysql', name);
    } finally {
      await db.drop();
    }
  });
}
