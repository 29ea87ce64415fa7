/**
 * How the PostgreSQL driver reads each column type off the wire (text format). `pg`'s defaults are
 * replaced per pool (never globally, so other `pg` users in the process are unaffected): 64-bit
 * integers and numerics stay text (read exactly by the codecs), `timestamp` without time zone is UTC
 * (Prisma stores UTC there), `date` / `time` are Dates as Prisma returns them, and arrays of every
 * scalar type are parsed element by element. Enum arrays (an OID per database) stay text and the
 * codecs parse them.
 */
type Parser = (text: string) => unknown;

/** `2024-05-01 08:00:00.123` (no zone) as UTC. */
export function parseTimestamp(text: string): Date | string {
  if (text === 'infinity' || text === '-infinity') return text;
  // The zone goes before a trailing ` BC`, where PostgreSQL writes timestamptz's.
  return parseTimestampTz(text.endsWith(' BC') ? `${text.slice(0, -3)}Z BC` : `${text}Z`);
}

/** `2024-05-01 08:00:00+02` / `...Z`; BC dates and years past 9999 included. */
export function parseTimestampTz(text: string): Date | string {
  if (text === 'infinity' || text === '-infinity') return text;
  const bc = text.endsWith(' BC');
  const body = bc ? text.slice(0, -3) : text;
  const m = /^(\d{4,})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d(?::?\d\d)?(?::?\d\d)?)?$/.exec(body);
  if (!m) return new Date(text);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let year = Number(y);
  if (bc) year = 1 - year;
  const ms = frac ? Math.round(Number(`0${frac}`) * 1000) : 0;
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(/:/g, '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
  }
  const date = new Date(0);
  date.setUTCFullYear(year, Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), ms);
  return new Date(date.getTime() - offsetMinutes * 60_000);
}

/** `2024-05-01` as midnight UTC. */
export function parseDate(text: string): Date | string {
  return parseTimestamp(text.endsWith(' BC') ? `${text.slice(0, -3)} 00:00:00 BC` : `${text} 00:00:00`);
}

/** `08:00:00.5` (and `08:00:00+02` for timetz) as 1970-01-01 at that time, as Prisma returns @db.Time. */
export function parseTime(text: string): Date | string {
  return parseTimestampTz(`1970-01-01 ${/[+-]\d\d(:?\d\d)?$/.test(text) ? text : `${text}Z`}`);
}

export function parseBytea(text: string): Buffer {
  if (text.startsWith('\\x')) return Buffer.from(text.slice(2), 'hex');
  // The old `escape` output format.
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === '\\') {
      bytes.push(92);
      i++;
    } else if (text[i] === '\\') {
      bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
      i += 3;
    } else bytes.push(text.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/**
 * A one-dimensional array literal `{a,"b c",NULL}` -> its elements as text (null for NULL). Nested
 * arrays come back as nested lists.
 */
export function parseArrayLiteral(text: string): unknown[] {
  let i = 0;
  // An optional dimension decoration `[1:3]={...}`.
  if (text[0] === '[') i = text.indexOf('=') + 1;
  function parseList(): unknown[] {
    const out: unknown[] = [];
    i++; // {
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      if (text[i] === '{') out.push(parseList());
      else if (text[i] === '"') {
        let value = '';
        i++;
        while (text[i] !== '"') {
          if (text[i] === '\\') i++;
          value += text[i];
          i++;
        }
        i++;
        out.push(value);
      } else {
        let end = i;
        while (text[end] !== ',' && text[end] !== '}') end++;
        const value = text.slice(i, end);
        out.push(value === 'NULL' ? null : value);
        i = end;
      }
      if (text[i] === ',') i++;
      else {
        i++; // }
        return out;
      }
    }
  }
  return parseList();
}

const int = (t: string): number => Number(t);
const float = (t: string): number => Number(t);
const text: Parser = (t) => t;

/** Scalar OID -> parser. */
const SCALARS = new Map<number, Parser>([
  [16, (t) => t === 't' || t === 'true'],
  [20, text], // int8: exact text, the codecs make a BigInt or number
  [21, int],
  [23, int],
  [26, int],
  [700, float],
  [701, float],
  [1700, text], // numeric: exact text for Decimal
  [114, (t) => JSON.parse(t) as unknown],
  [3802, (t) => JSON.parse(t) as unknown],
  [17, parseBytea],
  [1114, parseTimestamp],
  [1184, parseTimestampTz],
  [1082, parseDate],
  [1083, parseTime],
  [1266, parseTime],
]);

/** Array OID -> element OID. */
const ARRAYS = new Map<number, number>([
  [1000, 16], [1005, 21], [1007, 23], [1016, 20], [1028, 26], [1021, 700], [1022, 701], [1231, 1700],
  [199, 114], [3807, 3802], [1001, 17], [1115, 1114], [1185, 1184], [1182, 1082], [1183, 1083], [1270, 1266],
  [1009, 25], [1015, 1043], [1014, 1042], [2951, 2950], [1002, 18], [1041, 869], [651, 650], [143, 142],
  [1040, 829], [1561, 1560], [1563, 1562], [1187, 1186], [3643, 3614],
]);

function mapDeep(values: unknown[], parse: Parser): unknown[] {
  return values.map((v) => (v === null ? null : Array.isArray(v) ? mapDeep(v, parse) : parse(v as string)));
}

function parserFor(oid: number): Parser {
  const scalar = SCALARS.get(oid);
  if (scalar) return scalar;
  const element = ARRAYS.get(oid);
  if (element !== undefined) {
    const parse = SCALARS.get(element) ?? text;
    return (t) => mapDeep(parseArrayLiteral(t), parse);
  }
  return text;
}

/** The `types` option of a `pg` pool or client: Refract's parsers for every type. */
export const REFRACT_PG_TYPES = {
  // Refract never asks for binary results, so every parser reads text.
  getTypeParser(oid: number): Parser {
    return parserFor(oid);
  },
} as const;

/** OID -> type name for raw query typing (`int8`, `numeric`, `timestamp`, ...); null when unknown. */
const TYPE_NAMES = new Map<number, string>([
  [16, 'bool'], [20, 'int8'], [21, 'int2'], [23, 'int4'], [26, 'int4'], [700, 'float4'], [701, 'float8'], [1700, 'numeric'],
  [114, 'json'], [3802, 'jsonb'], [17, 'bytea'], [1114, 'timestamp'], [1184, 'timestamptz'], [1082, 'date'], [1083, 'time'],
  [1266, 'time'], [25, 'text'], [1043, 'varchar'], [1042, 'char'], [18, 'char'], [19, 'text'], [2950, 'text'], [142, 'text'],
  [869, 'text'], [650, 'text'], [829, 'text'], [1186, 'text'], [790, 'text'],
]);

export function typeNameOf(oid: number): string | null {
  return TYPE_NAMES.get(oid) ?? null;
}

/**
 * Refract's parsers as a plain OID -> parser table, for drivers configured with one (a driver adapter
 * over PGlite or another PostgreSQL client passes it as its per-query parsers).
 */
export const REFRACT_PG_PARSERS: Readonly<Record<number, Parser>> = Object.fromEntries(
  [...SCALARS.keys(), ...ARRAYS.keys()].map((oid) => [oid, parserFor(oid)]),
);
