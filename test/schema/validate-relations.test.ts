// Relations against Prisma 7's engine: every provider x relation mode x one-to-many / one-to-one x
// optional or required foreign key x onDelete x onUpdate x with or without an index on the foreign key:
// same verdict, errors and warnings at the same places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { lint(input: string): string };

const ACTIONS = ['', 'Cascade', 'Restrict', 'NoAction', 'SetNull', 'SetDefault'];
const PROVIDERS = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'cockroachdb', 'mongodb'];

function compare(text: string) {
  const raw = JSON.parse(wasm.lint(JSON.stringify([['schema.prisma', text]]))) as { start: number; is_warning: boolean; text: string }[];
  const parsed = parseSchema({ path: 'schema.prisma', text });
  const result = validateSchema([parsed.file]);
  const ours = [...parsed.diagnostics, ...result.diagnostics];
  const set = (xs: number[]) => JSON.stringify([...new Set(xs)].sort((a, b) => a - b));
  const same =
    set(raw.filter((d) => !d.is_warning).map((d) => d.start)) === set(ours.filter((d) => d.severity === 'error').map((d) => d.span.start)) &&
    set(raw.filter((d) => d.is_warning).map((d) => d.start)) === set(ours.filter((d) => d.severity === 'warning').map((d) => d.span.start));
  return { same, messages: [...raw.map((d) => `prisma: ${d.text}`), ...ours.map((d) => `ours: ${d.message}`)] };
}

for (const provider of PROVIDERS) {
  for (const mode of provider === 'mongodb' ? [''] : ['', 'foreignKeys', 'prisma']) {
    test(`relations on ${provider}${mode ? ` (relationMode = ${mode})` : ''} agree with Prisma`, () => {
      const mongo = provider === 'mongodb';
      const idType = mongo ? 'String @id @map("_id") @db.ObjectId' : 'Int @id';
      const fkType = mongo ? 'String' : 'Int';
      const mismatches: string[] = [];
      for (const kind of ['oneToMany', 'oneToOne']) {
        for (const optional of [false, true]) {
          for (const indexed of [false, true]) {
            for (const onDelete of ACTIONS) {
              for (const onUpdate of ACTIONS) {
                const q = optional ? '?' : '';
                const actions = `${onDelete ? `, onDelete: ${onDelete}` : ''}${onUpdate ? `, onUpdate: ${onUpdate}` : ''}`;
                const fkAttrs = [kind === 'oneToOne' ? '@unique' : '', mongo ? '@db.ObjectId' : ''].filter(Boolean).join(' ');
                const text =
                  `datasource db {\n  provider = "${provider}"\n${mode ? `  relationMode = "${mode}"\n` : ''}}\n\n` +
                  `model A {\n  id ${idType}\n  b  B${kind === 'oneToMany' ? '[]' : '?'}\n}\n\n` +
                  `model B {\n  id ${idType}\n  aId ${fkType}${q} ${fkAttrs}\n  a A${q} @relation(fields: [aId], references: [id]${actions})\n${indexed && kind === 'oneToMany' ? '\n  @@index([aId])\n' : ''}}\n`;
                const found = compare(text);
                if (!found.same) mismatches.push(`${kind} ${optional ? 'optional' : 'required'}${indexed ? ' indexed' : ''} ${actions}: ${found.messages.join(' | ')}`);
              }
            }
          }
        }
      }
      assert.deepEqual(mismatches.slice(0, 10), [], `${mismatches.length} mismatches`);
    });
  }
}
