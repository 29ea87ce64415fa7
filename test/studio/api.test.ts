/** The JSON API on its own: compound and BigInt identities, tagged values both ways, refusals. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StudioApi } from '../../src/studio/index.js';
import { testClient } from '../client/databases.js';

const SCHEMA = `
model Account {
  id      BigInt  @id
  label   String
  members Member[]
}

model Member {
  accountId BigInt
  seat      Int
  name      String
  account   Account @relation(fields: [accountId], references: [id])
  @@id([accountId, seat])
}
`;

test('rows and saves address records by compound and BigInt identities, values tagged exactly', async () => {
  const c = await testClient('sqlite', SCHEMA, { label: 'studio-api' });
  try {
    const big = 9007199254740993n;
    await c.prisma.account.create({ data: { id: big, label: 'main', members: { create: [{ seat: 1, name: 'Ann' }, { seat: 2, name: 'Bo' }] } } });
    const api = new StudioApi({ schema: c.schema, client: c.prisma, readOnly: false });
    const schema = (await api.handle('GET', '/api/schema', null)).body as { models: { name: string; identity: unknown }[] };
    assert.deepEqual(schema.models.find((m) => m.name === 'Member')?.identity, { fields: ['accountId', 'seat'], compoundName: 'accountId_seat' });
    const rows = await api.handle('POST', '/api/rows', { model: 'Member', orderBy: [{ seat: 'desc' }] });
    assert.equal(rows.status, 200);
    const body = rows.body as { rows: Record<string, unknown>[]; total: number };
    assert.equal(body.total, 2);
    assert.deepEqual(body.rows[0], { accountId: { $type: 'BigInt', value: '9007199254740993' }, seat: 2, name: 'Bo', account: { id: { $type: 'BigInt', value: '9007199254740993' }, label: 'main' } });
    const saved = await api.handle('POST', '/api/save', {
      changes: [
        { id: 'u', kind: 'update', model: 'Member', where: { accountId_seat: { accountId: { $type: 'BigInt', value: '9007199254740993' }, seat: 2 } }, data: { name: 'Bea' } },
        { id: 'bad', kind: 'create', model: 'Member', data: { seat: 1, name: 'Dup', account: { connect: { id: { $type: 'BigInt', value: '9007199254740993' } } } } },
      ],
    });
    const results = (saved.body as { results: { id: string; ok: boolean; error?: { code: string } }[] }).results;
    assert.deepEqual(results.map((r) => [r.id, r.ok, r.error?.code ?? null]), [['u', true, null], ['bad', false, 'P2002']]);
    assert.equal((await c.prisma.member.findUnique({ where: { accountId_seat: { accountId: big, seat: 2 } } })).name, 'Bea');
    assert.equal((await api.handle('POST', '/api/rows', { model: 'Nope' })).status, 400);
    assert.equal((await api.handle('POST', '/api/rows', { model: 'Member', where: { seat: { gt: 'x' } } })).status, 400, "the client's validation error comes back as a 400");
    const readOnly = new StudioApi({ schema: c.schema, client: c.prisma, readOnly: true });
    assert.equal((await readOnly.handle('POST', '/api/save', { changes: [] })).status, 403);
  } finally {
    await c.close();
  }
});
