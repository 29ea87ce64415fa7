/**
 * The benchmark's Northwind-like schema, one text per database. `withUrl` adds the datasource `url`
 * Refract's `db push` reads; Prisma 7 rejects a `url` in the schema, so its copy goes without.
 */
export type BenchProvider = 'sqlite' | 'postgresql' | 'mysql';

export function northwindSchema(provider: BenchProvider, options: { withUrl: boolean; generator?: string }): string {
  const url = options.withUrl ? '\n  url      = env("DATABASE_URL")' : '';
  const generator = options.generator ?? 'generator client {\n  provider = "prisma-client-js"\n}';
  return `datasource db {
  provider = "${provider}"${url}
}

${generator}

model Supplier {
  id          Int       @id @default(autoincrement())
  companyName String
  contactName String
  city        String
  country     String
  products    Product[]
}

model Product {
  id           Int           @id @default(autoincrement())
  name         String
  category     String
  unitPrice    Float
  unitsInStock Int
  discontinued Boolean       @default(false)
  supplierId   Int
  supplier     Supplier      @relation(fields: [supplierId], references: [id])
  details      OrderDetail[]

  @@index([supplierId])
}

model Customer {
  id          Int     @id @default(autoincrement())
  email       String  @unique
  companyName String
  contactName String
  city        String
  country     String
  orders      Order[]

  @@index([country])
}

model Order {
  id          Int           @id @default(autoincrement())
  customerId  Int
  orderDate   DateTime
  shipCity    String
  shipCountry String
  freight     Float
  customer    Customer      @relation(fields: [customerId], references: [id])
  details     OrderDetail[]

  @@index([customerId])
}

model OrderDetail {
  id        Int     @id @default(autoincrement())
  orderId   Int
  productId Int
  unitPrice Float
  quantity  Int
  discount  Float
  order     Order   @relation(fields: [orderId], references: [id], onDelete: Cascade)
  product   Product @relation(fields: [productId], references: [id])

  @@index([orderId])
  @@index([productId])
}
`;
}
