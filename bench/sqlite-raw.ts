/** The baseline: better-sqlite3 with hand-written prepared SQL and hand-written row mapping. */
import type Database from 'better-sqlite3';
import { args, newCustomer, newOrder, type Impl } from './ops.js';

type R = Record<string, unknown>;
const product = (r: R) => ({ ...r, discontinued: r.discontinued === 1 });
const order = (r: R) => ({ ...r, orderDate: new Date(r.orderDate as string) });
const iso = (d: Date) => d.toISOString().replace('Z', '+00:00');

export function rawSqlite(db: Database.Database): Record<string, Impl> {
  const s = (sql: string) => db.prepare(sql);
  const C = 'id, email, companyName, contactName, city, country';
  const P = 'id, name, category, unitPrice, unitsInStock, discontinued, supplierId';
  const O = 'id, customerId, orderDate, shipCity, shipCountry, freight';
  const D = 'id, orderId, productId, unitPrice, quantity, discount';
  const q = {
    customer: s(`SELECT ${C} FROM Customer WHERE id = ?`),
    page: s(`SELECT ${O} FROM "Order" ORDER BY id LIMIT 50 OFFSET ?`),
    top: s(`SELECT ${P} FROM Product WHERE category = ? AND unitPrice > ? AND discontinued = 0 ORDER BY unitPrice DESC, id LIMIT 20`),
    products: s(`SELECT ${P} FROM Product`),
    three: s(`SELECT id, orderDate, freight FROM "Order" WHERE id > ? ORDER BY id LIMIT 1000`),
    product: s(`SELECT ${P} FROM Product WHERE id = ?`),
    supplier: s('SELECT id, companyName, contactName, city, country FROM Supplier WHERE id = ?'),
    order: s(`SELECT ${O} FROM "Order" WHERE id = ?`),
    // Two levels in one statement: the details joined to their product, then nested by hand.
    details: s(`SELECT d.id, d.orderId, d.productId, d.unitPrice, d.quantity, d.discount, p.id AS p_id, p.name AS p_name, p.category AS p_category, p.unitPrice AS p_unitPrice, p.unitsInStock AS p_unitsInStock, p.discontinued AS p_discontinued, p.supplierId AS p_supplierId FROM OrderDetail d JOIN Product p ON p.id = d.productId WHERE d.orderId = ? ORDER BY d.id`),
    customers: s(`SELECT ${C} FROM Customer ORDER BY id LIMIT 50 OFFSET ?`),
    ordersOf: s(`SELECT ${O} FROM "Order" WHERE customerId IN (SELECT id FROM Customer ORDER BY id LIMIT 50 OFFSET ?) ORDER BY id`),
    count: s('SELECT COUNT(*) AS n FROM "Order" WHERE freight > ?').pluck(),
    group: s('SELECT shipCountry, SUM(freight) AS s, AVG(freight) AS a FROM "Order" WHERE freight > ? GROUP BY shipCountry ORDER BY shipCountry'),
    insertCustomer: s(`INSERT INTO Customer (email, companyName, contactName, city, country) VALUES (?, ?, ?, ?, ?) RETURNING ${C}`),
    insertOrder: s(`INSERT INTO "Order" (customerId, orderDate, shipCity, shipCountry, freight) VALUES (?, ?, ?, ?, ?) RETURNING ${O}`),
    insertDetails: s(`INSERT INTO OrderDetail (orderId, productId, unitPrice, quantity, discount) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?) RETURNING ${D}`),
    update: s(`UPDATE Customer SET contactName = ? WHERE id = ? RETURNING ${C}`),
    upsert: s(`INSERT INTO Customer (email, companyName, contactName, city, country) VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO UPDATE SET contactName = excluded.contactName RETURNING ${C}`),
    delete: s(`DELETE FROM Customer WHERE id = ? RETURNING ${C}`),
  };
  const created: number[] = [];
  const nestedCreate = db.transaction((i: number) => {
    const o = newOrder(i);
    const row = q.insertOrder.get(o.customerId, iso(o.orderDate), o.shipCity, o.shipCountry, o.freight) as R;
    const params = o.details.flatMap((d) => [row.id, d.productId, d.unitPrice, d.quantity, d.discount]);
    const details = (q.insertDetails.all(...params) as R[]).sort((a, b) => (a.id as number) - (b.id as number));
    return { ...order(row), details };
  });
  return {
    findUnique: (i) => q.customer.get(args.customerId(i)) ?? null,
    page50: (i) => (q.page.all(args.orderOffset(i)) as R[]).map(order),
    filteredTop20: (i) => (q.top.all(args.category(i), args.minPrice(i)) as R[]).map(product),
    allProducts: () => (q.products.all() as R[]).map(product),
    select3x1000: (i) => (q.three.all(args.afterOrderId(i)) as R[]).map(order),
    productSupplier: (i) => {
      const p = q.product.get(args.productId(i)) as R | undefined;
      return p ? { ...product(p), supplier: q.supplier.get(p.supplierId) ?? null } : null;
    },
    orderDetailsProduct: (i) => {
      const o = q.order.get(args.orderId(i)) as R | undefined;
      if (!o) return null;
      const details = (q.details.all(o.id) as R[]).map((r) => ({
        id: r.id, orderId: r.orderId, productId: r.productId, unitPrice: r.unitPrice, quantity: r.quantity, discount: r.discount,
        product: { id: r.p_id, name: r.p_name, category: r.p_category, unitPrice: r.p_unitPrice, unitsInStock: r.p_unitsInStock, discontinued: r.p_discontinued === 1, supplierId: r.p_supplierId },
      }));
      return { ...order(o), details };
    },
    customersOrders: (i) => {
      const offset = args.customerOffset(i);
      const customers = q.customers.all(offset) as R[];
      const byCustomer = new Map<unknown, unknown[]>(customers.map((c) => [c.id, []]));
      for (const o of q.ordersOf.all(offset) as R[]) byCustomer.get(o.customerId)?.push(order(o));
      return customers.map((c) => ({ ...c, orders: byCustomer.get(c.id) }));
    },
    countFilter: (i) => q.count.get(args.minFreight(i)),
    groupBy: (i) => (q.group.all(args.minFreight(i)) as R[]).map((r) => ({ shipCountry: r.shipCountry, _sum: { freight: r.s }, _avg: { freight: r.a } })),
    create: (i) => {
      const c = newCustomer('raw', i);
      const row = q.insertCustomer.get(c.email, c.companyName, c.contactName, c.city, c.country) as R;
      created.push(row.id as number);
      return row;
    },
    nestedCreate: (i) => nestedCreate(i),
    update: (i) => q.update.get(args.contact(i), args.customerId(i)),
    upsert: (i) => q.upsert.get(args.upsertEmail(i), 'unused', args.contact(i), 'unused', 'unused'),
    delete: () => q.delete.get(created.shift()),
  };
}
