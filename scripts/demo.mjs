// The main job (README): a demo project on SQLite, driven through the real CLI as a user would.
// It is re-created in ./demo-app each run: init, add models, format, validate, and the later steps
// (push, generate, seed, queries) as the CLI grows them.
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
step('create prisma/schema.prisma and .env', ['init', '--datasource-provider', 'sqlite']);

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
console.log('The demo project is in ./demo-app.');
