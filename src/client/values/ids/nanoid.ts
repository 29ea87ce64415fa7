/** nanoid, as Prisma's `@default(nanoid())` / `nanoid(n)`: URL-safe alphabet of 64, 21 characters by default. */
import { randomBytes } from './random.js';

export const NANOID_ALPHABET = 'useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict';
const DEFAULT_SIZE = 21;

export function nanoid(size: number = DEFAULT_SIZE): string {
  const bytes = randomBytes(size);
  let id = '';
  // 64 symbols: the low six bits of a byte index the alphabet without bias.
  for (const byte of bytes) id += NANOID_ALPHABET[byte & 63] ?? '_';
  return id;
}
