/**
 * The fixed Northwind-like dataset: the same rows, from a seeded generator, for every database and
 * competitor. Sizes: 200 suppliers, 5k products, 10k customers, 50k orders, 1-5 details per order.
 */
export interface Sizes {
  readonly suppliers: number;
  readonly products: number;
  readonly customers: number;
  readonly orders: number;
}

export const FULL_SIZES: Sizes = { suppliers: 200, products: 5000, customers: 10_000, orders: 50_000 };

export const COUNTRIES = ['Germany', 'France', 'UK', 'USA', 'Brazil', 'Spain', 'Italy', 'Mexico', 'Canada', 'Japan', 'Sweden', 'Norway'];
const CATEGORIES = ['Beverages', 'Condiments', 'Confections', 'Dairy', 'Grains', 'Meat', 'Produce', 'Seafood'];

export type Row = readonly (string | number)[];

export interface Dataset {
  readonly suppliers: Row[]; // id, companyName, contactName, city, country
  readonly products: Row[]; // id, name, category, unitPrice, unitsInStock, discontinued(0|1), supplierId
  readonly customers: Row[]; // id, email, companyName, contactName, city, country
  readonly orders: Row[]; // id, customerId, orderDate (ISO text), shipCity, shipCountry, freight
  readonly details: Row[]; // id, orderId, productId, unitPrice, quantity, discount
}

/** mulberry32: a small seeded PRNG, so the dataset is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeDataset(sizes: Sizes = FULL_SIZES): Dataset {
  const r = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const int = (n: number) => 1 + Math.floor(r() * n);
  const money = (max: number) => Math.round(r() * max * 100) / 100;
  const suppliers: Row[] = [];
  for (let i = 1; i <= sizes.suppliers; i++) suppliers.push([i, `Supplier ${i}`, `Contact ${i}`, `City ${i % 50}`, pick(COUNTRIES)]);
  const products: Row[] = [];
  for (let i = 1; i <= sizes.products; i++) products.push([i, `Product ${i}`, pick(CATEGORIES), money(200), int(500) - 1, r() < 0.1 ? 1 : 0, int(sizes.suppliers)]);
  const customers: Row[] = [];
  for (let i = 1; i <= sizes.customers; i++) customers.push([i, `customer${i}@example.com`, `Company ${i}`, `Contact ${i}`, `City ${i % 300}`, pick(COUNTRIES)]);
  const orders: Row[] = [];
  const details: Row[] = [];
  const start = Date.UTC(2020, 0, 1);
  for (let i = 1; i <= sizes.orders; i++) {
    const date = new Date(start + Math.floor(r() * 4 * 365 * 86_400) * 1000).toISOString().replace('Z', '+00:00');
    orders.push([i, int(sizes.customers), date, `City ${int(300)}`, pick(COUNTRIES), money(500)]);
    const lines = int(5);
    for (let l = 0; l < lines; l++) details.push([details.length + 1, i, int(sizes.products), money(200), int(50), pick([0, 0, 0, 0.05, 0.1, 0.2])]);
  }
  return { suppliers, products, customers, orders, details };
}
