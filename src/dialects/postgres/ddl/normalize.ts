/**
 * PostgreSQL keeps types in its own words (`timestamp(3) without time zone`) and defaults with casts
 * (`'USER'::"Role"`, `'-1'::integer`). These put both in the form our renderer writes, so a described
 * schema and an introspected database compare equal when they are.
 */

const TYPE_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^character varying(\(\d+\))?$/, 'VARCHAR$1'],
  [/^character(\(\d+\))?$/, 'CHAR$1'],
  [/^bit varying(\(\d+\))?$/, 'VARBIT$1'],
  [/^timestamp(\(\d+\))? without time zone$/, 'TIMESTAMP$1'],
  [/^timestamp(\(\d+\))? with time zone$/, 'TIMESTAMPTZ$1'],
  [/^time(\(\d+\))? without time zone$/, 'TIME$1'],
  [/^time(\(\d+\))? with time zone$/, 'TIMETZ$1'],
  [/^numeric(\(\d+,\d+\))?$/, 'DECIMAL$1'],
];

/** `format_type()` output (without `[]`) to the DDL spelling. */
export function normalizeTypeName(formatted: string): string {
  for (const [pattern, replacement] of TYPE_NAMES) if (pattern.test(formatted)) return formatted.replace(pattern, replacement).toUpperCase();
  return formatted.toUpperCase();
}

const CAST = /::(?:(?:"(?:[^"]|"")+"|[a-z_]\w*)\.)?(?:"(?:[^"]|"")+"|character varying|double precision|bit varying|(?:timestamp|time)(?:\(\d+\))? with(?:out)? time zone|[a-z_]\w*)(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?/gi;

/** A default without casts outside string literals, quoted numbers unquoted. */
export function normalizeDefault(sql: string): string {
  let out = '';
  let rest = sql.trim();
  // Strip casts only outside '...' literals.
  while (rest.length > 0) {
    const quote = rest.indexOf("'");
    if (quote === -1) {
      out += rest.replace(CAST, '');
      break;
    }
    out += rest.slice(0, quote).replace(CAST, '');
    let end = quote + 1;
    while (end < rest.length) {
      if (rest[end] === "'" && rest[end + 1] === "'") end += 2;
      else if (rest[end] === "'") break;
      else end += 1;
    }
    out += rest.slice(quote, end + 1);
    rest = rest.slice(end + 1);
  }
  out = out.trim();
  const quotedNumber = /^'(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)'$/i.exec(out);
  if (quotedNumber?.[1] !== undefined) return quotedNumber[1];
  if (/^\(-?\d+(?:\.\d+)?\)$/.test(out)) return out.slice(1, -1);
  if (/^now\(\)$/i.test(out)) return 'CURRENT_TIMESTAMP';
  return out;
}
