/** The MariaDB baseline: mysql2 `execute` (server-side prepared statements, cached per connection), hand-written mapping. */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { args, newCustomer, newOrder, type Impl } from './ops.js';

type R = Record<string, unknown>;
const product = (r: R) => ({ ...r, discontinued: r.discontinued === 1 });

export function rawMysql(pool: Pool): Record<string, Impl> {
  const C = 'id, email, companyName, contactName, city, country';
  const P = 'id, name, category, unitPrice, unitsInStock, discontinued, supplierId';
  const O = 'id, customerId, orderDate, shipCity, shipCountry, freight';
  const D = 'id, orderId, productId, unitPrice, quantity, discount';
  const rows = async (sql: string, values: unknown[] = []) => (await pool.execute<RowDataPacket[]>(sql, values as (string | number | Date | null)[]))[0] as R[];
  const one = async (sql: string, values: unknown[] = []) => (await rows(sql, values))[0] ?? null;
  const created: number[] = [];
  return {
    findUnique: (i) => one(`SELECT ${C} FROM Customer WHERE id = ?`, [args.customerId(i)]),
    page50: (i) => rows(`SELECT ${O} FROM \`Order\` ORDER BY id LIMIT 50 OFFSET ?`, [String(args.orderOffset(i))]),
    filteredTop20: async (i) => (await rows(`SELECT ${P} FROM Product WHERE category = ? AND unitPrice > ? AND discontinued = 0 ORDER BY unitPrice DESC, id LIMIT 20`, [args.category(i), args.minPrice(i)])).map(product),
    allProducts: async () => (await rows(`SELECT ${P} FROM Product`)).map(product),
    select3x1000: (i) => rows('SELECT id, orderDate, freight FROM `Order` WHERE id > ? ORDER BY id LIMIT 1000', [args.afterOrderId(i)]),
    productSupplier: async (i) => {
      const r = await one(`SELECT p.id, p.name, p.category, p.unitPrice, p.unitsInStock, p.discontinued, p.supplierId, s.id AS s_id, s.companyName AS s_company, s.contactName AS s_contact, s.city AS s_city, s.country AS s_country FROM Product p JOIN Supplier s ON s.id = p.supplierId WHERE p.id = ?`, [args.productId(i)]);
      if (!r) return null;
      return { id: r.id, name: r.name, category: r.category, unitPrice: r.unitPrice, unitsInStock: r.unitsInStock, discontinued: r.discontinued === 1, supplierId: r.supplierId, supplier: { id: r.s_id, companyName: r.s_company, contactName: r.s_contact, city: r.s_city, country: r.s_country } };
    },
    orderDetailsProduct: async (i) => {
      const id = args.orderId(i);
      const [o, details] = await Promise.all([
        one(`SELECT ${O} FROM \`Order\` WHERE id = ?`, [id]),
        rows('SELECT d.id, d.orderId, d.productId, d.unitPrice, d.quantity, d.discount, p.id AS p_id, p.name AS p_name, p.category AS p_category, p.unitPrice AS p_price, p.unitsInStock AS p_stock, p.discontinued AS p_disc, p.supplierId AS p_supplier FROM OrderDetail d JOIN Product p ON p.id = d.productId WHERE d.orderId = ? ORDER BY d.id', [id]),
      ]);
      if (!o) return null;
      return {
        ...o,
        details: details.map((r) => ({
          id: r.id, orderId: r.orderId, productId: r.productId, unitPrice: r.unitPrice, quantity: r.quantity, discount: r.discount,
          product: { id: r.p_id, name: r.p_name, category: r.p_category, unitPrice: r.p_price, unitsInStock: r.p_stock, discontinued: r.p_disc === 1, supplierId: r.p_supplier },
        })),
      };
    },
    customersOrders: async (i) => {
      const customers = await rows(`SELECT ${C} FROM Customer ORDER BY id LIMIT 50 OFFSET ?`, [String(args.customerOffset(i))]);
      const ids = customers.map((c) => c.id);
      const orders = ids.length ? await rows(`SELECT ${O} FROM \`Order\` WHERE customerId IN (${ids.map(() => '?').join(', ')}) ORDER BY id`, ids) : [];
      const byCustomer = new Map<unknown, R[]>(customers.map((c) => [c.id, []]));
      for (const o of orders) byCustomer.get(o.customerId)?.push(o);
      return customers.map((c) => ({ ...c, orders: byCustomer.get(c.id) }));
    },
    countFilter: async (i) => Number((await one('SELECT COUNT(*) AS n FROM `Order` WHERE freight > ?', [args.minFreight(i)]))?.n),
    groupBy: async (i) =>
      (await rows('SELECT shipCountry, SUM(freight) AS s, AVG(freight) AS a FROM `Order` WHERE freight > ? GROUP BY shipCountry ORDER BY shipCountry', [args.minFreight(i)])).map((r) => ({
        shipCountry: r.shipCountry,
        _sum: { freight: r.s },
        _avg: { freight: r.a },
      })),
    create: async (i) => {
      const c = newCustomer('raw', i);
      const row = await one(`INSERT INTO Customer (email, companyName, contactName, city, country) VALUES (?, ?, ?, ?, ?) RETURNING ${C}`, [c.email, c.companyName, c.contactName, c.city, c.country]);
      created.push(row?.id as number);
      return row;
    },
    nestedCreate: async (i) => {
      const o = newOrder(i);
      const conn = await pool.getConnection();
      try {
        await conn.query('BEGIN');
        const [[order]] = await conn.execute<RowDataPacket[]>(`INSERT INTO \`Order\` (customerId, orderDate, shipCity, shipCountry, freight) VALUES (?, ?, ?, ?, ?) RETURNING ${O}`, [o.customerId, o.orderDate, o.shipCity, o.shipCountry, o.freight]);
        const values = o.details.flatMap((d) => [order?.id, d.productId, d.unitPrice, d.quantity, d.discount]);
        const [details] = await conn.execute<RowDataPacket[]>(`INSERT INTO OrderDetail (orderId, productId, unitPrice, quantity, discount) VALUES ${o.details.map(() => '(?, ?, ?, ?, ?)').join(', ')} RETURNING ${D}`, values);
        await conn.query('COMMIT');
        return { ...order, details: (details as R[]).sort((a, b) => (a.id as number) - (b.id as number)) };
      } catch (error) {
        await conn.query('ROLLBACK');
        throw error;
      } finally {
        conn.release();
      }
    },
    // MariaDB has no UPDATE ... RETURNING: the row is read back.
    update: async (i) => {
      await pool.execute('UPDATE Customer SET contactName = ? WHERE id = ?', [args.contact(i), args.customerId(i)]);
      return one(`SELECT ${C} FROM Customer WHERE id = ?`, [args.customerId(i)]);
    },
    upsert: async (i) => {
      await pool.execute("INSERT INTO Customer (email, companyName, contactName, city, country) VALUES (?, 'unused', ?, 'unused', 'unused') ON DUPLICATE KEY UPDATE contactName = VALUES(contactName)", [args.upsertEmail(i), args.contact(i)]);
      return one(`SELECT ${C} FROM Customer WHERE email = ?`, [args.upsertEmail(i)]);
    },
    delete: () => one(`DELETE FROM Customer WHERE id = ? RETURNING ${C}`, [created.shift()]),
  };
}
