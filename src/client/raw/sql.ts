/**
 * `Prisma.sql`, `Prisma.join`, `Prisma.raw`, `Prisma.empty` and the `Sql` value they build: a list of
 * SQL text pieces and the values between them. Nested `Sql` values are flattened on construction
 * (`Prisma.raw` is a `Sql` with no values, so its text joins the pieces), and the values are never
 * put in the text: they become bound parameters.
 *
 *   Prisma.sql`SELECT * FROM "Post" WHERE "id" IN (${Prisma.join([1, 2])})`
 *   // strings: ['SELECT * FROM "Post" WHERE "id" IN (', ',', ')'], values: [1, 2], .sql: '... IN (?,?)'
 */
import { RawSqlError } from './raw-sql-error.js';

export type RawValue = unknown;

export class Sql {
  readonly strings: readonly string[];
  readonly values: readonly RawValue[];

  constructor(rawStrings: readonly string[], rawValues: readonly unknown[]) {
    if (rawStrings.length - 1 !== rawValues.length) {
      if (rawStrings.length === 0) throw new RawSqlError('Expected at least 1 string');
      throw new RawSqlError(`Expected ${rawStrings.length} strings to have ${rawStrings.length - 1} values`);
    }
    const strings: string[] = [rawStrings[0] ?? ''];
    const values: RawValue[] = [];
    rawValues.forEach((value, i) => {
      const next = rawStrings[i + 1] ?? '';
      if (value instanceof Sql) {
        // Splice the nested fragment: its first piece joins ours, its last piece joins the next one.
        strings[strings.length - 1] += value.strings[0] ?? '';
        value.values.forEach((nested, j) => {
          values.push(nested);
          strings.push(value.strings[j + 1] ?? '');
        });
        strings[strings.length - 1] += next;
      } else {
        values.push(value);
        strings.push(next);
      }
    });
    this.strings = strings;
    this.values = values;
  }

  /** The text with `?` placeholders (SQLite, MySQL). */
  get sql(): string {
    return this.render(() => '?');
  }

  /** The text with `$1`, `$2`, ... placeholders (PostgreSQL). */
  get text(): string {
    return this.render((i) => `$${i}`);
  }

  /** The text with `:1`, `:2`, ... placeholders (Oracle-style). */
  get statement(): string {
    return this.render((i) => `:${i}`);
  }

  /** Text with placeholders from `placeholder(index)` (1-based). */
  render(placeholder: (index: number) => string): string {
    let out = this.strings[0] ?? '';
    for (let i = 1; i < this.strings.length; i++) out += placeholder(i) + (this.strings[i] ?? '');
    return out;
  }

  inspect(): { readonly sql: string; readonly statement: string; readonly text: string; readonly values: readonly RawValue[] } {
    return { sql: this.sql, statement: this.statement, text: this.text, values: this.values };
  }
}

/** The `Prisma.sql` tag. */
export function sql(strings: readonly string[], ...values: readonly unknown[]): Sql {
  return new Sql(strings, values);
}

/** `Prisma.raw(text)`: text spliced in as is (identifiers, keywords). Never pass user input. */
export function raw(value: string): Sql {
  return new Sql([value], []);
}

/** `Prisma.join(values, separator = ',', prefix = '', suffix = '')`: a list of parameters. */
export function join(values: readonly unknown[], separator = ',', prefix = '', suffix = ''): Sql {
  if (values.length === 0) {
    throw new RawSqlError('Expected `join([])` to be called with an array of multiple elements, but got an empty array');
  }
  return new Sql([prefix, ...Array<string>(values.length - 1).fill(separator), suffix], values);
}

/** `Prisma.empty`: the empty fragment, for optional parts of a query. */
export const empty: Sql = raw('');

export function isSql(value: unknown): value is Sql {
  return value instanceof Sql;
}
