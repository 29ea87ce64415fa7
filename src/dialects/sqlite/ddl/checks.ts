/**
 * SQLite keeps CHECK constraints only in the CREATE TABLE text (no pragma lists them), so they are
 * read back from it: column-level `CHECK (...)` and table-level `[CONSTRAINT name] CHECK (...)` alike
 * (SQLite treats both the same). A table rebuild writes them back as table constraints.
 */
import type { DbCheck } from '../../ddl/description.js';
import { quoteDoubleQuoted as q } from '../../ddl/helpers.js';

type TokenKind = 'word' | 'quoted' | 'string' | 'open' | 'close' | 'comma' | 'other';

interface Token {
  readonly kind: TokenKind;
  /** For a word or quoted identifier: the name it spells (quotes removed). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The CHECK constraints in a CREATE TABLE statement; `columns` are the table's column names. */
export function parseChecks(createSql: string, columns: readonly string[]): DbCheck[] {
  const tokens = tokenize(createSql);
  const byLowerName = new Map(columns.map((c) => [c.toLowerCase(), c]));
  const checks: DbCheck[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'open') depth++;
    else if (token.kind === 'close') depth--;
    // Inside the table body only: CHECK as a keyword, not a name nested in an expression.
    if (depth !== 1 || token.kind !== 'word' || token.value.toUpperCase() !== 'CHECK' || tokens[i + 1]?.kind !== 'open') continue;
    const close = matchingClose(tokens, i + 1);
    if (close === -1) break;
    const open = tokens[i + 1] as Token;
    const named = tokens[i - 2]?.kind === 'word' && tokens[i - 2]?.value.toUpperCase() === 'CONSTRAINT';
    checks.push({
      name: named ? (tokens[i - 1]?.value ?? null) : null,
      expression: createSql.slice(open.end, (tokens[close] as Token).start).trim(),
      columns: mentionedColumns(tokens.slice(i + 2, close), byLowerName),
    });
    // Go on after the expression: its parentheses are balanced, so the depth is unchanged.
    i = close;
  }
  return checks;
}

/** `[CONSTRAINT "name" ]CHECK (expression)`, as a rebuilt table writes it after its columns. */
export function renderCheck(check: DbCheck): string {
  return `${check.name === null ? '' : `CONSTRAINT ${q(check.name)} `}CHECK (${check.expression})`;
}

/** Identifiers that name a column (SQLite names are case-insensitive); a word before `(` is a function. */
function mentionedColumns(tokens: readonly Token[], byLowerName: ReadonlyMap<string, string>): string[] {
  const found = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.kind !== 'word' && token.kind !== 'quoted') return;
    if (token.kind === 'word' && tokens[i + 1]?.kind === 'open') return;
    const column = byLowerName.get(token.value.toLowerCase());
    if (column !== undefined) found.add(column);
  });
  return [...found];
}

function matchingClose(tokens: readonly Token[], openIndex: number): number {
  let depth = 0;
  for (let i = openIndex; i < tokens.length; i++) {
    const kind = tokens[i]?.kind;
    if (kind === 'open') depth++;
    else if (kind === 'close' && --depth === 0) return i;
  }
  return -1;
}

const WORD = /[A-Za-z_][\w$]*/y;
const QUOTE_END: Readonly<Record<string, string>> = { '"': '"', '`': '`', '[': ']' };

/** SQL tokens with comments and whitespace left out; quoted text is one token. */
function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (sql.startsWith('--', i)) {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else if (ch === "'" || QUOTE_END[ch] !== undefined) {
      const close = ch === "'" ? "'" : (QUOTE_END[ch] as string);
      let end = i + 1;
      // A doubled closing quote is the quote itself (not for [brackets]).
      while (end < sql.length && !(sql[end] === close && (ch === '[' || sql[end + 1] !== close))) end += sql[end] === close ? 2 : 1;
      const inner = sql.slice(i + 1, end);
      tokens.push({ kind: ch === "'" ? 'string' : 'quoted', value: ch === '[' ? inner : inner.replaceAll(close + close, close), start: i, end: end + 1 });
      i = end + 1;
    } else if (/[A-Za-z_]/.test(ch)) {
      WORD.lastIndex = i;
      const word = WORD.exec(sql)?.[0] ?? ch;
      tokens.push({ kind: 'word', value: word, start: i, end: i + word.length });
      i += word.length;
    } else {
      const kind: TokenKind = ch === '(' ? 'open' : ch === ')' ? 'close' : ch === ',' ? 'comma' : 'other';
      tokens.push({ kind, value: ch, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}
