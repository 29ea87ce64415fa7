/** The PostgreSQL baseline: pg with hand-written named (prepared) statements and hand-written mapping. */
import type pg from 'pg';
import { args, newCustomer, newOrder, type Impl } from './ops.js';

type R = Record<string, unknown>;

export function rawPg(pool: pg.Pool): Record<string, Impl> {
  const C = 'id, email, "companyName", "contactName", city, country';
  const P = 'id, name, category, "unitPrice", "unitsInStock", discontinued, "supplierId"';
  const O = 'id, "customerId", "orderDate", "shipCity", "shipCountry", freight';
  const D = 'id, "orderId", "productId", "unitPrice", quantity, discount';
  const rows = async (name: string, text: string, values: unknown[] = []) => (await pool.query<R>({ name, text, values })).rows;
  const one = async (name: string, text: string, values: unknown[] = []) => (await rows(name, text, values))[0] ?? null;
  const created: number[] = [];
  return {
    findUnique: (i) => one('c', `SELECT ${C} FROM "Customer" WHERE id = $1`, [args.customerId(i)]),
    page50: (i) => rows('page', `SELECT ${O} FROM "Order" ORDER BY id LIMIT 50 OFFSET $1`, [args.orderOffset(i)]),
    filteredTop20: (i) =>
      rows('top', `SELECT ${P} FROM "Product" WHERE category = $1 AND "unitPrice" > $2 AND discontinued = false ORDER BY "unitPrice" DESC, id LIMIT 20`, [args.category(i), args.minPrice(i)]),
    allProducts: () => rows('all', `SELECT ${P} FROM "Product"`),
    select3x1000: (i) => rows('three', 'SELECT id, "orderDate", freight FROM "Order" WHERE id > $1 ORDER BY id LIMIT 1000', [args.afterOrderId(i)]),
    productSupplier: async (i) => {
      const r = await one('ps', `SELECT p.id, p.name, p.category, p."unitPrice", p."unitsInStock", p.discontinued, p."supplierId", s.id AS s_id, s."companyName" AS s_company, s."contactName" AS s_contact, s.city AS s_city, s.country AS s_country FROM "Product" p JOIN "Supplier" s ON s.id = p."supplierId" WHERE p.id = $1`, [args.productId(i)]);
      if (!r) return null;
      return { id: r.id, name: r.name, category: r.category, unitPrice: r.unitPrice, unitsInStock: r.unitsInStock, discontinued: r.discontinued, supplierId: r.supplierId, supplier: { id: r.s_id, companyName: r.s_company, contactName: r.s_contact, city: r.s_city, country: r.s_country } };
    },
    orderDetailsProduct: async (i) => {
      const id = args.orderId(i);
      // Two statements in flight together: the order, and its details joined to their product.
      const [o, details] = await Promise.all([
        one('o', `SELECT ${O} FROM "Order" WHERE id = $1`, [id]),
        rows('odp', `SELECT d.id, d."orderId", d."productId", d."unitPrice", d.quantity, d.discount, p.id AS p_id, p.name AS p_name, p.category AS p_category, p."unitPrice" AS p_price, p."unitsInStock" AS p_stock, p.discontinued AS p_disc, p."supplierId" AS p_supplier FROM "OrderDetail" d JOIN "Product" p ON p.id = d."productId" WHERE d."orderId" = $1 ORDER BY d.id`, [id]),
      ]);
      if (!o) return null;
      return {
        ...o,
        details: details.map((r) => ({
          id: r.id, orderId: r.orderId, productId: r.productId, unitPrice: r.unitPrice, quantity: r.quantity, discount: r.discount,
          product: { id: r.p_id, name: r.p_name, category: r.p_category, unitPrice: r.p_price, unitsInStock: r.p_stock, discontinued: r.p_disc, supplierId: r.p_supplier },
        })),
      };
    },
    customersOrders: async (i) => {
      const customers = await rows('cs', `SELECT ${C} FROM "Customer" ORDER BY id LIMIT 50 OFFSET $1`, [args.customerOffset(i)]);
      const orders = await rows('co', `SELECT ${O} FROM "Order" WHERE "customerId" = ANY($1) ORDER BY id`, [customers.map((c) => c.id)]);
      const byCustomer = new Map<unknown, R[]>(customers.map((c) => [c.id, []]));
      for (const o of orders) byCustomer.get(o.customerId)?.push(o);
      return customers.map((c) => ({ ...c, orders: byCustomer.get(c.id) }));
    },
    countFilter: async (i) => Number((await one('n', 'SELECT COUNT(*) AS n FROM "Order" WHERE freight > $1', [args.minFreight(i)]))?.n),
    groupBy: async (i) =>
      (await rows('g', 'SELECT "shipCountry", SUM(freight) AS s, AVG(freight) AS a FROM "Order" WHERE freight > $1 GROUP BY "shipCountry" ORDER BY "shipCountry"', [args.minFreight(i)])).map((r) => ({
        shipCountry: r.shipCountry,
        _sum: { freight: r.s },
        _avg: { freight: r.a },
      })),
    create: async (i) => {
      const c = newCustomer('raw', i);
      const row = await one('ic', `INSERT INTO "Customer" (email, "companyName", "contactName", city, country) VALUES ($1, $2, $3, $4, $5) RETURNING ${C}`, [c.email, c.companyName, c.contactName, c.city, c.country]);
      created.push(row?.id as number);
      return row;
    },
    nestedCreate: async (i) => {
      const o = newOrder(i);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const order = (await client.query<R>({ name: 'io', text: `INSERT INTO "Order" ("customerId", "orderDate", "shipCity", "shipCountry", freight) VALUES ($1, $2, $3, $4, $5) RETURNING ${O}`, values: [o.customerId, o.orderDate, o.shipCity, o.shipCountry, o.freight] })).rows[0] as R;
        const values = o.details.flatMap((d) => [order.id, d.productId, d.unitPrice, d.quantity, d.discount]);
        const text = `INSERT INTO "OrderDetail" ("orderId", "productId", "unitPrice", quantity, discount) VALUES ${o.details.map((_, n) => `($${n * 5 + 1}, $${n * 5 + 2}, $${n * 5 + 3}, $${n * 5 + 4}, $${n * 5 + 5})`).join(', ')} RETURNING ${D}`;
        const details = (await client.query<R>({ name: 'id5', text, values })).rows.sort((a, b) => (a.id as number) - (b.id as number));
        await client.query('COMMIT');
        return { ...order, details };
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    update: (i) => one('u', `UPDATE "Customer" SET "contactName" = $1 WHERE id = $2 RETURNING ${C}`, [args.contact(i), args.customerId(i)]),
    upsert: (i) =>
      one('up', `INSERT INTO "Customer" (email, "companyName", "contactName", city, country) VALUES ($1, 'unused', $2, 'unused', 'unused') ON CONFLICT (email) DO UPDATE SET "contactName" = excluded."contactName" RETURNING ${C}`, [args.upsertEmail(i), args.contact(i)]),
    delete: () => one('d', `DELETE FROM "Customer" WHERE id = $1 RETURNING ${C}`, [created.shift()]),
  };
}
