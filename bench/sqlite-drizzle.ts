/** Drizzle ORM on better-sqlite3: relational queries, prepared with placeholders where Drizzle can. */
import type Database from 'better-sqlite3';
import { asc, count, eq, gt, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './drizzle-sqlite-schema.js';
import { args, newCustomer, newOrder, type Impl } from './ops.js';

const { customer, order, orderDetail } = schema;

export function drizzleSqlite(client: Database.Database): Record<string, Impl> {
  const db = drizzle({ client, schema });
  const p = sql.placeholder;
  const q = {
    customer: db.query.customer.findFirst({ where: eq(customer.id, p('id')) }).prepare(),
    page: db.query.order.findMany({ orderBy: asc(order.id), limit: 50, offset: p('offset') }).prepare(),
    top: db.query.product
      .findMany({
        where: (t, { and, eq: e, gt: g }) => and(e(t.category, p('category')), g(t.unitPrice, p('min')), e(t.discontinued, false)),
        orderBy: (t, { desc, asc: a }) => [desc(t.unitPrice), a(t.id)],
        limit: 20,
      })
      .prepare(),
    products: db.query.product.findMany().prepare(),
    three: db.select({ id: order.id, orderDate: order.orderDate, freight: order.freight }).from(order).where(gt(order.id, p('after'))).orderBy(order.id).limit(1000).prepare(),
    productSupplier: db.query.product.findFirst({ where: (t, { eq: e }) => e(t.id, p('id')), with: { supplier: true } }).prepare(),
    orderDetails: db.query.order
      .findFirst({ where: (t, { eq: e }) => e(t.id, p('id')), with: { details: { orderBy: (d, { asc: a }) => a(d.id), with: { product: true } } } })
      .prepare(),
    customersOrders: db.query.customer
      .findMany({ orderBy: asc(customer.id), limit: 50, offset: p('offset'), with: { orders: { orderBy: (o, { asc: a }) => a(o.id) } } })
      .prepare(),
    count: db.select({ n: count() }).from(order).where(gt(order.freight, p('min'))).prepare(),
    group: db
      .select({ shipCountry: order.shipCountry, s: sql<number>`sum(${order.freight})`, a: sql<number>`avg(${order.freight})` })
      .from(order)
      .where(gt(order.freight, p('min')))
      .groupBy(order.shipCountry)
      .orderBy(order.shipCountry)
      .prepare(),
  };
  const created: number[] = [];
  return {
    findUnique: (i) => q.customer.execute({ id: args.customerId(i) }) ?? null,
    page50: (i) => q.page.execute({ offset: args.orderOffset(i) }),
    filteredTop20: (i) => q.top.execute({ category: args.category(i), min: args.minPrice(i) }),
    allProducts: () => q.products.execute(),
    select3x1000: (i) => q.three.all({ after: args.afterOrderId(i) }),
    productSupplier: (i) => q.productSupplier.execute({ id: args.productId(i) }) ?? null,
    orderDetailsProduct: (i) => q.orderDetails.execute({ id: args.orderId(i) }) ?? null,
    customersOrders: (i) => q.customersOrders.execute({ offset: args.customerOffset(i) }),
    countFilter: (i) => q.count.get({ min: args.minFreight(i) })?.n,
    groupBy: (i) => q.group.all({ min: args.minFreight(i) }).map((r) => ({ shipCountry: r.shipCountry, _sum: { freight: r.s }, _avg: { freight: r.a } })),
    create: (i) => {
      const row = db.insert(customer).values(newCustomer('drizzle', i)).returning().get();
      created.push(row.id);
      return row;
    },
    nestedCreate: (i) =>
      db.transaction((tx) => {
        const { details, ...o } = newOrder(i);
        const row = tx.insert(order).values(o).returning().get();
        const lines = tx.insert(orderDetail).values(details.map((d) => ({ ...d, orderId: row.id }))).returning().all();
        return { ...row, details: lines.sort((a, b) => a.id - b.id) };
      }),
    update: (i) => db.update(customer).set({ contactName: args.contact(i) }).where(eq(customer.id, args.customerId(i))).returning().get(),
    upsert: (i) =>
      db
        .insert(customer)
        .values({ email: args.upsertEmail(i), companyName: 'unused', contactName: args.contact(i), city: 'unused', country: 'unused' })
        .onConflictDoUpdate({ target: customer.email, set: { contactName: args.contact(i) } })
        .returning()
        .get(),
    delete: () => db.delete(customer).where(eq(customer.id, created.shift() as number)).returning().get(),
  };
}
