/**
 * The arguments of `$queryRaw` / `$executeRaw` (a tagged template, or one `Sql` value) and of
 * `$queryRawUnsafe` / `$executeRawUnsafe` (text + positional values), turned into one driver query.
 * Values are always bound parameters; the dialect supplies its placeholder (`?` or `$n`) and the
 * encoding of JS values (Date, boolean, Decimal, ...) into what its driver binds.
 */
import type { SqlQuery } from '../../dialects/driver.js';
import { PrismaClientValidationError } from '../errors/prisma-errors.js';
import { Sql } from './sql.js';

export interface PlaceholderStyle {
  /** `index` is 1-based: `() => '?'` for SQLite/MySQL, `(i) => '$' + i` for PostgreSQL. */
  placeholder(index: number): string;
  /** A JS value as the driver binds it (identity when omitted). */
  encode?(value: unknown): unknown;
}

function isTemplateStrings(value: unknown): value is TemplateStringsArray {
  return Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, 'raw');
}

/**
 * `$queryRaw\`...\`` receives (strings, ...values); `$queryRaw(Prisma.sql\`...\`)` receives one Sql.
 * Anything else (a plain string) is refused as Prisma refuses it: raw text belongs in the Unsafe methods.
 */
export function sqlFromRawCall(method: string, args: readonly unknown[]): Sql {
  const [first, ...rest] = args;
  if (first instanceof Sql) return first;
  if (isTemplateStrings(first)) return new Sql(first, rest);
  if (Array.isArray(first) && first.every((s) => typeof s === 'string')) return new Sql(first, rest);
  throw new PrismaClientValidationError(
    `\`${method}\` is a tag function, please use it like the following:\n\`\`\`\nconst result = await prisma.${method}\`SELECT * FROM User WHERE id = \${1} OR email = \${'user@email.com'};\`\n\`\`\`\n\nOr read our docs at https://www.prisma.io/docs/concepts/components/prisma-client/raw-database-access#queryraw\n`,
  );
}

/** A `Sql` value as a driver query, with the dialect's placeholders and encoded values. */
export function toDriverQuery(value: Sql, style: PlaceholderStyle): SqlQuery {
  const encode = style.encode ?? ((v: unknown) => v);
  return { sql: value.render((i) => style.placeholder(i)), params: value.values.map((v) => encode(v)) };
}

/** `$queryRawUnsafe(text, ...values)`: the text as written (its own placeholders), values bound. */
export function unsafeQuery(method: string, args: readonly unknown[], style: PlaceholderStyle): SqlQuery {
  const [text, ...values] = args;
  if (typeof text !== 'string') {
    if (text instanceof Sql) return toDriverQuery(text, style);
    throw new PrismaClientValidationError(`Invalid \`prisma.${method}()\` invocation: the first argument must be the query text (a string).`);
  }
  const encode = style.encode ?? ((v: unknown) => v);
  return { sql: text, params: values.map((v) => encode(v)) };
}
