/**
 * A large synthetic schema for the benchmark: `models` models with a mix of scalar types, enums,
 * one-to-many and one-to-one relations, compound keys, indexes and doc comments — the shape of a big
 * real-world schema (about 25 lines per model, so 300 models is ~7,600 lines).
 */
export function syntheticSchema(models: number, provider = 'postgresql'): string {
  const out: string[] = [`datasource db {\n  provider = "${provider}"\n  url      = env("DATABASE_URL")\n}\n`, `generator client {\n  provider = "prisma-client-js"\n}\n`];
  for (let e = 0; e < Math.ceil(models / 20); e++) out.push(`enum Status${e} {\n  ACTIVE\n  INACTIVE\n  ARCHIVED @map("archived")\n}\n`);
  for (let i = 0; i < models; i++) {
    const parent = i > 0 ? i - 1 : null;
    const lines = [
      `/// Model number ${i}.`,
      `model Model${i} {`,
      `  id          Int       @id @default(autoincrement())`,
      `  uuid        String    @unique @default(uuid())`,
      `  name        String    @db.VarChar(200)`,
      `  description String?`,
      `  status      Status${Math.floor(i / 20)} @default(ACTIVE)`,
      `  amount      Decimal   @default(0) @db.Decimal(12, 2)`,
      `  counter     BigInt    @default(0)`,
      `  ratio       Float?`,
      `  flag        Boolean   @default(false)`,
      `  payload     Json?`,
      `  blob        Bytes?`,
      `  createdAt   DateTime  @default(now())`,
      `  updatedAt   DateTime  @updatedAt`,
      `  /// The owner's e-mail.`,
      `  email       String    @map("owner_email")`,
    ];
    if (parent !== null) {
      lines.push(`  parentId    Int`, `  parent      Model${parent} @relation(fields: [parentId], references: [id], onDelete: Cascade)`);
    }
    if (i + 1 < models) lines.push(`  children    Model${i + 1}[]`);
    lines.push(``, `  @@unique([name, email])`, `  @@index([status, createdAt(sort: Desc)])`, `  @@map("model_${i}")`, `}`, ``);
    out.push(lines.join('\n'));
  }
  return out.join('\n');
}
