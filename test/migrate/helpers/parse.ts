// Real schema text -> validated Schema, through the project's parser and validator.
import fs from 'node:fs';
import assert from 'node:assert/strict';
import { parseSchema } from '../../../src/schema/parser/index.js';
import { validateSchema } from '../../../src/schema/validate/index.js';
import type { Schema } from '../../../src/schema/model.js';

export function loadSchema(text: string): Schema {
  const { file } = parseSchema({ path: 'schema.prisma', text });
  const { schema, diagnostics } = validateSchema([file]);
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), [], 'schema must validate');
  assert.ok(schema);
  return schema;
}

/** A schema text with a datasource of `provider` in front of `body`. */
export function withDatasource(provider: string, body: string): Schema {
  return loadSchema(`datasource db {\n  provider = "${provider}"\n}\n\n${body}`);
}

/** One of the conformance schemas (`blog`, `shop`, `tenant`, `pgonly`) for `provider`. */
export function conformanceSchema(name: string, provider: string): Schema {
  const text = fs.readFileSync(`/work/shared/conformance/schemas/${name}.prisma`, 'utf8');
  return loadSchema(text.replaceAll('{{provider}}', provider));
}

export const INTEROP_SCHEMA = '/work/shared/conformance/interop/schema.prisma';
