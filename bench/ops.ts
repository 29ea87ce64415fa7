/**
 * The operations every competitor runs, their arguments per round, and the result check: before any
 * timing, each competitor's answer must equal the raw driver's (after JSON normalisation; write
 * results also drop the generated ids and e-mails, which differ by competitor).
 */
import { isDeepStrictEqual } from 'node:util';
import { COUNTRIES } from './dataset.js';

export type Impl = (round: number) => unknown;

export interface OpSpec {
  readonly name: string;
  readonly label: string;
  readonly write: boolean;
  /** Fewer rounds for the ops that move thousands of rows. */
  readonly heavy: boolean;
}

export const OPS: readonly OpSpec[] = [
  { name: 'findUnique', label: 'find by primary key', write: false, heavy: false },
  { name: 'page50', label: 'page of 50 with offset', write: false, heavy: false },
  { name: 'filteredTop20', label: 'filtered + sorted top 20', write: false, heavy: false },
  { name: 'allProducts', label: 'all 5k products', write: false, heavy: true },
  { name: 'select3x1000', label: '3-column select of 1,000 rows', write: false, heavy: true },
  { name: 'productSupplier', label: 'product + supplier', write: false, heavy: false },
  { name: 'orderDetailsProduct', label: 'order + details + product', write: false, heavy: false },
  { name: 'customersOrders', label: '50 customers with their orders', write: false, heavy: true },
  { name: 'countFilter', label: 'count with filter', write: false, heavy: false },
  { name: 'groupBy', label: 'groupBy with sum/avg', write: false, heavy: true },
  { name: 'create', label: 'create', write: true, heavy: false },
  { name: 'nestedCreate', label: 'nested create (order + 5 details)', write: true, heavy: false },
  { name: 'update', label: 'update', write: true, heavy: false },
  { name: 'upsert', label: 'upsert', write: true, heavy: false },
  { name: 'delete', label: 'delete', write: true, heavy: false },
];

/** Arguments per round: the same for every competitor in a round. */
export const args = {
  customerId: (i: number) => 1 + ((i * 7919) % 10_000),
  orderOffset: (i: number) => (i * 50) % 49_000,
  category: (i: number) => ['Beverages', 'Condiments', 'Confections', 'Dairy', 'Grains', 'Meat', 'Produce', 'Seafood'][i % 8] as string,
  minPrice: (i: number) => 50 + (i % 100),
  afterOrderId: (i: number) => (i * 997) % 48_000,
  productId: (i: number) => 1 + ((i * 131) % 5000),
  orderId: (i: number) => 1 + ((i * 7907) % 50_000),
  customerOffset: (i: number) => (i * 50) % 9_900,
  minFreight: (i: number) => (i % 50) * 10,
  contact: (i: number) => `Updated contact ${i}`,
  country: (i: number) => COUNTRIES[i % COUNTRIES.length] as string,
  upsertEmail: (i: number) => `customer${1 + ((i * 4099) % 10_000)}@example.com`,
};

export function newCustomer(competitor: string, i: number) {
  return { email: `${competitor.replace(/\W/g, '')}-${i}@bench.example`, companyName: `New company ${i}`, contactName: `New contact ${i}`, city: 'Berlin', country: 'Germany' };
}

export function newOrder(i: number) {
  return {
    customerId: args.customerId(i),
    orderDate: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
    shipCity: 'Lyon',
    shipCountry: 'France',
    freight: 12.5,
    details: [1, 2, 3, 4, 5].map((n) => ({ productId: args.productId(i + n), unitPrice: 9.5 + n, quantity: n, discount: 0 })),
  };
}

const VOLATILE = new Set(['id', 'orderId', 'email']);

function normalize(value: unknown, write: boolean): unknown {
  const json = JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))) as unknown;
  if (!write) return json;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => !VOLATILE.has(k)).map(([k, x]) => [k, strip(x)]));
    return v;
  };
  return strip(json);
}

export class ResultMismatch extends TypeError {}

/** Throws when `actual` differs from the raw driver's `expected`. */
export function checkEqual(op: OpSpec, competitor: string, expected: unknown, actual: unknown): void {
  const a = normalize(expected, op.write);
  const b = normalize(actual, op.write);
  if (!isDeepStrictEqual(a, b)) {
    const show = (x: unknown) => JSON.stringify(x).slice(0, 600);
    throw new ResultMismatch(`${op.name}: ${competitor}'s result differs from the raw driver's\n raw: ${show(a)}\n ${competitor}: ${show(b)}`);
  }
}
