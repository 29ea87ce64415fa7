/**
 * Drizzle ORM on mysql2 against MariaDB: relational queries in `planetscale` mode (correlated
 * subqueries; MariaDB has no LATERAL), prepared with placeholders. Its nested `with` puts an outer
 * reference inside a derived table, which MariaDB rejects (ER_BAD_FIELD_ERROR), so the three relation
 * ops use Drizzle's core query builder (a join, or two queries) and nest in JS, as a Drizzle user on
 * MariaDB has to. MariaDB has no UPDATE ... RETURNING,
 * and Drizzle's MySQL inserts return only the id: rows are read back.
 */
import type { Pool } from 'mysql2/promise';
import { asc, count, eq, getTableColumns, gt, inArray, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/mysql2';
import * as schema from './drizzle-mysql-schema.js';
import { args, newCustomer, newOrder, type Impl } from './ops.js';

const { customer, order, orderDetail, product, supplier } = schema;

export function drizzleMysql(pool: Pool): Record<string, Impl> {
  const db = drizzle({ client: pool, schema, mode: 'planetscale' });
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
    productSupplier: db.select({ product: getTableColumns(product), supplier: getTableColumns(supplier) }).from(product).innerJoin(supplier, eq(supplier.id, product.supplierId)).where(eq(product.id, p('id'))).prepare(),
    order: db.query.order.findFirst({ where: eq(order.id, p('id')) }).prepare(),
    details: db.select({ detail: getTableColumns(orderDetail), product: getTableColumns(product) }).from(orderDetail).innerJoin(product, eq(product.id, orderDetail.productId)).where(eq(orderDetail.orderId, p('id'))).orderBy(orderDetail.id).prepare(),
    customers: db.query.customer.findMany({ orderBy: asc(customer.id), limit: 50, offset: p('offset') }).prepare(),
    count: db.select({ n: count() }).from(order).where(gt(order.freight, p('min'))).prepare(),
    group: db
      .select({ shipCountry: order.shipCountry, s: sql<number>`sum(${order.freight})`.mapWith(Number), a: sql<number>`avg(${order.freight})`.mapWith(Number) })
      .from(order)
      .where(gt(order.freight, p('min')))
      .groupBy(order.shipCountry)
      .orderBy(order.shipCountry)
      .prepare(),
    byId: db.query.customer.findFirst({ where: eq(customer.id, p('id')) }).prepare(),
    byEmail: db.query.customer.findFirst({ where: eq(customer.email, p('email')) }).prepare(),
  };
  const created: number[] = [];
  return {
    findUnique: async (i) => (await q.customer.execute({ id: args.customerId(i) })) ?? null,
    page50: (i) => q.page.execute({ offset: args.orderOffset(i) }),
    filteredTop20: (i) => q.top.execute({ category: args.category(i), min: args.minPrice(i) }),
    allProducts: () => q.products.execute(),
    select3x1000: (i) => q.three.execute({ after: args.afterOrderId(i) }),
    productSupplier: async (i) => {
      const [row] = await q.productSupplier.execute({ id: args.productId(i) });
      return row ? { ...row.product, supplier: row.supplier } : null;
    },
    orderDetailsProduct: async (i) => {
      const id = args.orderId(i);
      const [o, details] = await Promise.all([q.order.execute({ id }), q.details.execute({ id })]);
      return o ? { ...o, details: details.map((d) => ({ ...d.detail, product: d.product })) } : null;
    },
    customersOrders: async (i) => {
      const customers = await q.customers.execute({ offset: args.customerOffset(i) });
      const orders = customers.length ? await db.select().from(order).where(inArray(order.customerId, customers.map((c) => c.id))).orderBy(order.id) : [];
      const byCustomer = new Map<number, (typeof orders)[number][]>(customers.map((c) => [c.id, []]));
      for (const o of orders) byCustomer.get(o.customerId)?.push(o);
      return customers.map((c) => ({ ...c, orders: byCustomer.get(c.id) }));
    },
    countFilter: async (i) => (await q.count.execute({ min: args.minFreight(i) }))[0]?.n,
    groupBy: async (i) => (await q.group.execute({ min: args.minFreight(i) })).map((r) => ({ shipCountry: r.shipCountry, _sum: { freight: r.s }, _avg: { freight: r.a } })),
    create: async (i) => {
      const [row] = await db.insert(customer).values(newCustomer('drizzle', i)).$returningId();
      created.push(row?.id as number);
      return q.byId.execute({ id: row?.id });
    },
    nestedCreate: (i) =>
      db.transaction(async (tx) => {
        const { details, ...o } = newOrder(i);
        const [row] = await tx.insert(order).values(o).$returningId();
        const orderId = row?.id as number;
        await tx.insert(orderDetail).values(details.map((d) => ({ ...d, orderId })));
        const [saved] = await tx.select().from(order).where(eq(order.id, orderId));
        const lines = await tx.select().from(orderDetail).where(eq(orderDetail.orderId, orderId)).orderBy(orderDetail.id);
        return { ...saved, details: lines };
      }),
    update: async (i) => {
      await db.update(customer).set({ contactName: args.contact(i) }).where(eq(customer.id, args.customerId(i)));
      return q.byId.execute({ id: args.customerId(i) });
    },
    upsert: async (i) => {
      await db
        .insert(customer)
        .values({ email: args.upsertEmail(i), companyName: 'unused', contactName: args.contact(i), city: 'unused', country: 'unused' })
        .onDuplicateKeyUpdate({ set: { contactName: args.contact(i) } });
      return q.byEmail.execute({ email: args.upsertEmail(i) });
    },
    delete: async () => {
      const id = created.shift() as number;
      const row = await q.byId.execute({ id });
      await db.delete(customer).where(eq(customer.id, id));
      return row;
    },
  };
}
