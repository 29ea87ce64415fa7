// The main job (README): a demo project on SQLite, driven through the real CLI as a user would.
// It is re-created in ./demo-app each run: init, add models, format, validate, `migrate dev --name init`
// (writes and applies the first migration, generates the client), then seed and query through the generated client.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const app = path.join(repo, 'demo-app');
const bin = path.join(repo, 'dist/cli/main.js');
if (!fs.existsSync(bin)) {
  console.error('dist/cli/main.js is missing: run `npm ci` (or `npm run build`) first.');
  process.exit(1);
}

function step(title, args) {
  console.log(`\n$ refract ${args.join(' ')}    # ${title}`);
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: app, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`\nThe demo stopped: \`refract ${args.join(' ')}\` exited with ${run.status}.`);
    process.exit(run.status ?? 1);
  }
}

fs.rmSync(app, { recursive: true, force: true });
fs.mkdirSync(app);
// What `npm install refract` does for an application: the package in its node_modules.
fs.mkdirSync(path.join(app, 'node_modules'));
fs.symlinkSync(repo, path.join(app, 'node_modules', 'refract'), 'dir');
step('create prisma/schema.prisma and .env', ['init', '--datasource-provider', 'sqlite', '--output', '../generated/client']);

// The models, written carelessly on purpose: `format` lines them up.
fs.appendFileSync(path.join(app, 'prisma/schema.prisma'), `
enum Role {
  USER
  ADMIN
}

/// A person who writes posts.
model User {
  id Int @id @default(autoincrement())
  email String @unique
  name String?
  role Role @default(USER)
  posts Post[]
  createdAt DateTime @default(now())
}

model Post {
  id Int @id @default(autoincrement())
  title String
  published Boolean @default(false)
  author User @relation(fields: [authorId], references: [id])
  authorId Int
  @@index([authorId])
}
`);
step('line the schema up the way Prisma does', ['format']);
step('check the schema', ['validate']);
console.log(`\n--- demo-app/prisma/schema.prisma ---\n${fs.readFileSync(path.join(app, 'prisma/schema.prisma'), 'utf8')}`);
step('write the first migration, apply it to dev.db (and generate the client)', ['migrate', 'dev', '--name', 'init']);
const migrations = path.join(app, 'prisma/migrations');
const init = fs.readdirSync(migrations).find((name) => name.endsWith('_init'));
console.log(`\n--- demo-app/prisma/migrations/${init}/migration.sql ---\n${fs.readFileSync(path.join(migrations, init, 'migration.sql'), 'utf8')}`);
step('every migration is applied', ['migrate', 'status']);

// An application's code: seed, then query, through the generated, typed client.
fs.writeFileSync(path.join(app, 'main.mjs'), `import { PrismaClient, Prisma } from './generated/client/index.js';

const prisma = new PrismaClient();
const show = (title, value) => console.log(\`\\n# \${title}\\n\${JSON.stringify(value, null, 2)}\`);

const ada = await prisma.user.create({
  data: { email: 'ada@example.com', name: 'Ada', role: 'ADMIN', posts: { create: [{ title: 'Notes on the Engine', published: true }, { title: 'Draft' }] } },
  include: { posts: true },
});
show('create a user with two posts (nested write)', ada);
await prisma.user.createMany({ data: [{ email: 'alan@example.com', name: 'Alan' }, { email: 'grace@example.com' }] });

show('users with their published posts, newest first', await prisma.user.findMany({
  orderBy: { createdAt: 'desc' },
  select: { email: true, role: true, posts: { where: { published: true }, select: { title: true } } },
}));
show('count of posts per author', await prisma.post.groupBy({ by: ['authorId'], _count: { _all: true }, orderBy: { authorId: 'asc' } }));
show('raw SQL, parameters bound', await prisma.$queryRaw\`SELECT email FROM "User" WHERE name LIKE \${'A%'} ORDER BY email\`);
try {
  await prisma.user.create({ data: { email: 'ada@example.com' } });
} catch (e) {
  if (e instanceof Prisma.PrismaClientKnownRequestError) show('a duplicate e-mail is caught by code', { code: e.code, message: e.message.split('\\n').pop() });
  else throw e;
}
await prisma.$disconnect();
`);
console.log('\n$ node main.mjs    # seed and query through the generated client');
const main = spawnSync(process.execPath, ['main.mjs'], { cwd: app, stdio: 'inherit' });
if (main.status !== 0) process.exit(main.status ?? 1);
console.log('\nThe demo project is in ./demo-app (its database: demo-app/prisma/dev.db).');
console.log('Browse and edit it in Studio: (cd demo-app && node ../dist/cli/main.js studio)    # `npx refract studio` in an application');
