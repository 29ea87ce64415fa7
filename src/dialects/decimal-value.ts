/**
 * The class Decimal values are read back as, shared by every dialect's codecs: decimal.js's class
 * under the name Prisma 7's bundle gives it (`Decimal2`), so code that prints
 * `value.constructor.name` sees what it saw with Prisma; `instanceof Prisma.Decimal` still holds.
 */
import { Decimal } from 'decimal.js';

export class Decimal2 extends Decimal {
  constructor(value: Decimal.Value) {
    super(value);
    // decimal.js sets `constructor` as an own property; point it here so arithmetic keeps the class.
    Object.defineProperty(this, 'constructor', { value: Decimal2, enumerable: false, configurable: true, writable: true });
  }
}
