/** Drizzle ORM on node-postgres: relational queries, prepared (named statements) with placeholders. */
import type pg from 'pg';
import { asc, count, eq, gt, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from './drizzle-pg-schema.js';
import { args, newCustomer, newOrder, type Impl } from './ops.js';

const { customer, order, orderDetail } = schema;

export function drizzlePg(pool: pg.Pool): Record<string, Impl> {
  const db = drizzle({ client: pool, schema });
  const p = sql.placeholder;
  const q = {
    customer: db.query.customer.findFirst({ where: eq(customer.id, p('id')) }).prepare('dz_c'),
    page: db.query.order.findMany({ orderBy: asc(order.id), limit: 50, offset: p('offset') }).prepare('dz_page'),
    top: db.query.product
      .findMany({
        where: (t, { and, eq: e, gt: g }) => and(e(t.category, p('category')), g(t.unitPrice, p('min')), e(t.discontinued, false)),
        orderBy: (t, { desc, asc: a }) => [desc(t.unitPrice), a(t.id)],
        limit: 20,
      })
      .prepare('dz_top'),
    products: db.query.product.findMany().prepare('dz_all'),
    three: db.select({ id: order.id, orderDate: order.orderDate, freight: order.freight }).from(order).where(gt(order.id, p('after'))).orderBy(order.id).limit(1000).prepare('dz_three'),
    productSupplier: db.query.product.findFirst({ where: (t, { eq: e }) => e(t.id, p('id')), with: { supplier: true } }).prepare('dz_ps'),
    orderDetails: db.query.order
      .findFirst({ where: (t, { eq: e }) => e(t.id, p('id')), with: { details: { orderBy: (d, { asc: a }) => a(d.id), with: { product: true } } } })
      .prepare('dz_odp'),
    customersOrders: db.query.customer
      .findMany({ orderBy: asc(customer.id), limit: 50, offset: p('offset'), with: { orders: { orderBy: (o, { asc: a }) => a(o.id) } } })
      .prepare('dz_co'),
    count: db.select({ n: count() }).from(order).where(gt(order.freight, p('min'))).prepare('dz_n'),
    group: db
      .select({ shipCountry: order.shipCountry, s: sql<number>`sum(${order.freight})`.mapWith(Number), a: sql<number>`avg(${order.freight})`.mapWith(Number) })
      .from(order)
      .where(gt(order.freight, p('min')))
      .groupBy(order.shipCountry)
      .orderBy(order.shipCountry)
      .prepare('dz_g'),
  };
  const created: number[] = [];
  return {
    findUnique: async (i) => (await q.customer.execute({ id: args.customerId(i) })) ?? null,
    page50: (i) => q.page.execute({ offset: args.orderOffset(i) }),
    filteredTop20: (i) => q.top.execute({ category: args.category(i), min: args.minPrice(i) }),
    allProducts: () => q.products.execute(),
    select3x1000: (i) => q.three.execute({ after: args.afterOrderId(i) }),
    productSupplier: async (i) => (await q.productSupplier.execute({ id: args.productId(i) })) ?? null,
    orderDetailsProduct: async (i) => (await q.orderDetails.execute({ id: args.orderId(i) })) ?? null,
    customersOrders: (i) => q.customersOrders.execute({ offset: args.customerOffset(i) }),
    countFilter: async (i) => (await q.count.execute({ min: args.minFreight(i) }))[0]?.n,
    groupBy: async (i) => (await q.group.execute({ min: args.minFreight(i) })).map((r) => ({ shipCountry: r.shipCountry, _sum: { freight: r.s }, _avg: { freight: r.a } })),
    create: async (i) => {
      const [row] = await db.insert(customer).values(newCustomer('drizzle', i)).returning();
      created.push(row?.id as number);
      return row;
    },
    nestedCreate: (i) =>
      db.transaction(async (tx) => {
        const { details, ...o } = newOrder(i);
        const [row] = await tx.insert(order).values(o).returning();
        const lines = await tx.insert(orderDetail).values(details.map((d) => ({ ...d, orderId: row?.id as number }))).returning();
        return { ...row, details: lines.sort((a, b) => a.id - b.id) };
      }),
    update: async (i) => (await db.update(customer).set({ contactName: args.contact(i) }).where(eq(customer.id, args.customerId(i))).returning())[0],
    upsert: async (i) =>
      (
        await db
          .insert(customer)
          .values({ email: args.upsertEmail(i), companyName: 'unused', contactName: args.contact(i), city: 'unused', country: 'unused' })
          .onConflictDoUpdate({ target: customer.email, set: { contactName: args.contact(i) } })
          .returning()
      )[0],
    delete: async () => (await db.delete(customer).where(eq(customer.id, created.shift() as number)).returning())[0],
  };
}
