// Full-text search on MySQL: `search` filters over `@@fulltext` indexes (boolean mode) and
// `orderBy: { _relevance }`.
import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';

const SCHEMA = `
model Article {
  id    Int    @id @default(autoincrement())
  title String
  body  String @db.Text

  @@fulltext([title])
  @@fulltext([title, body])
}
`;

databaseTest('search filters and _relevance ordering over @@fulltext indexes', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'fulltext' });
  try {
    const { prisma } = c;
    await prisma.article.createMany({
      data: [
        { title: 'Cats and dogs', body: 'Living together in one house' },
        { title: 'Cats alone', body: 'A quiet house with cats, cats everywhere' },
        { title: 'Birds', body: 'Nothing about the others' },
      ],
    });
    const titles = async (args: Record<string, unknown>): Promise<string[]> => (await prisma.article.findMany({ ...args, select: { title: true } })).map((a: { title: string }) => a.title);
    assert.deepEqual(await titles({ where: { title: { search: 'cats' } }, orderBy: { id: 'asc' } }), ['Cats and dogs', 'Cats alone']);
    assert.deepEqual(await titles({ where: { title: { search: '+cats -dogs' } }, orderBy: { id: 'asc' } }), ['Cats alone']);
    assert.deepEqual(await titles({ where: { title: { search: 'nothing' } } }), []);
    assert.deepEqual(
      await titles({ orderBy: [{ _relevance: { fields: ['title', 'body'], search: 'cats', sort: 'desc' } }, { id: 'asc' }] }),
      ['Cats alone', 'Cats and dogs', 'Birds'],
    );
  } finally {
    await c.close();
  }
}, { only: ['mysql'] });
