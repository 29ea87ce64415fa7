/** `Prisma.sql` tagged templates and their helpers, for `$queryRaw` / `$executeRaw`. */
export interface RawSql {
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
  /** The text with `?` placeholders. */
  readonly sql: string;
  /** The text with `$1` placeholders. */
  readonly text: string;
}

export type SqlTag = (strings: readonly string[] | TemplateStringsArray, ...values: unknown[]) => RawSql;
export type SqlJoin = (values: readonly unknown[], separator?: string, prefix?: string, suffix?: string) => RawSql;
export type SqlRaw = (text: string) => RawSql;
export interface SqlClass {
  new (strings: readonly string[], values: readonly unknown[]): RawSql;
  readonly prototype: RawSql;
}
