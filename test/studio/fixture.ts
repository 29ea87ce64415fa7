/**
 * Test helper: a seeded database for Studio (every scalar type, an enum, one-to-many and many-to-many
 * relations), Studio started on it in-process, and a real headless Chromium (Debian's `chromium`
 * driven by playwright-core). Screenshots go to test/studio/.screenshots/ (gitignored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStudio, type StudioServer } from '../../src/studio/index.js';
import { testClient, type TestClient, type TestDb } from '../client/databases.js';

export const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '.screenshots');

export const STUDIO_SCHEMA = `
enum Role {
  USER
  ADMIN
  EDITOR
}

model User {
  id        Int       @id @default(autoincrement())
  email     String    @unique
  name      String?
  role      Role      @default(USER)
  createdAt DateTime  @default(now())
  balance   Decimal?
  visits    BigInt    @default(0)
  avatar    Bytes?
  profile   Json?
  posts     Post[]
}

model Post {
  id        Int      @id @default(autoincrement())
  title     String
  body      String?
  published Boolean  @default(false)
  authorId  Int
  author    User     @relation(fields: [authorId], references: [id])
  tags      Tag[]
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}
`;

export const USER_COUNT = 60;

/** Fills the database through the client: 60 users (a few with rich values), posts and tags. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function seed(prisma: any): Promise<void> {
  const names = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov', 'Donald Knuth', 'Margaret Hamilton', 'Ken Thompson', 'Frances Allen', 'John Backus'];
  const tags = await Promise.all(['databases', 'compilers', 'history', 'typescript'].map((name) => prisma.tag.create({ data: { name } })));
  for (let i = 1; i <= USER_COUNT; i++) {
    const base = names[(i - 1) % names.length] ?? 'Someone';
    await prisma.user.create({
      data: {
        email: `user${String(i).padStart(2, '0')}@example.com`,
        name: i <= names.length ? base : `${base} ${Math.ceil(i / names.length)}`,
        role: i === 1 ? 'ADMIN' : i % 7 === 0 ? 'EDITOR' : 'USER',
        createdAt: new Date(Date.UTC(2024, 0, i, 9, 30, 0)),
        balance: i % 3 === 0 ? null : `${i}1234567.89`,
        visits: BigInt('9007199254740993') + BigInt(i),
        avatar: i === 1 ? Buffer.from('Hello, Studio') : null,
        profile: i === 1 ? { bio: 'First programmer', languages: ['Analytical Engine'], nested: { deep: true, note: 'a long value that the grid truncates, shown whole in the viewer' } } : i % 2 ? { n: i } : undefined,
        posts: i <= 3 ? { create: [{ title: `Notes ${i}`, body: 'On the engine', published: true, tags: { connect: [{ id: tags[0].id }, { id: tags[i % tags.length].id }] } }, { title: `Draft ${i}` }] } : undefined,
      },
    });
  }
}

export interface StudioFixture {
  readonly client: TestClient;
  readonly studio: StudioServer;
  readonly browser: { readonly context: BrowserContext; close(): Promise<void> };
  readonly page: Page;
  /** Studio's origin, e.g. http://127.0.0.1:41234 */
  readonly base: string;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Debian's chromium, headless, on a new empty profile (playwright passes it as --user-data-dir). */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'refract-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 860 },
    timezoneId: 'Europe/Paris',
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function studioFixture(db: TestDb, options: { readOnly?: boolean } = {}): Promise<StudioFixture> {
  const client = await testClient(db, STUDIO_SCHEMA, { label: 'studio' });
  try {
    await seed(client.prisma);
  } catch (error) {
    await client.close();
    throw error;
  }
  const studio = await startStudio({ schema: client.schema, url: client.url, schemaDir: client.dir, port: 0, readOnly: options.readOnly ?? false });
  const browser = await launchBrowser();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    client,
    studio,
    browser,
    page,
    base: `http://127.0.0.1:${studio.port}`,
    async shot(name) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${db}-${name}.png`) });
    },
    async close() {
      await browser.close();
      await studio.close();
      await client.close();
    },
  };
}
