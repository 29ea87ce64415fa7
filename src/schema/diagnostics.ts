/**
 * Diagnostics: what the schema front end reports about a schema. Every diagnostic has a stable code
 * (`E` + number for errors, `W` + number for warnings), a message, and the span it points at. Rendering
 * to `file:line:column` with a source excerpt and a caret happens here, once, for every producer.
 */

/** A half-open range of UTF-16 offsets `[start, end)` in one source file. */
export interface Span {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable code, e.g. `E012`. Codes are never reused for a different problem. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
}

/** One loaded source: its path (as the user would read it) and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

const lineStartCache = new WeakMap<SourceFile, readonly number[]>();

function lineStarts(source: SourceFile): readonly number[] {
  let starts = lineStartCache.get(source);
  if (!starts) {
    const found = [0];
    for (let i = 0; i < source.text.length; i++) if (source.text.charCodeAt(i) === 10) found.push(i + 1);
    starts = found;
    lineStartCache.set(source, starts);
  }
  return starts;
}

export function positionOf(source: SourceFile, offset: number): Position {
  const starts = lineStarts(source);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

export function error(code: string, message: string, span: Span): Diagnostic {
  return { code, severity: 'error', message, span };
}

export function warning(code: string, message: string, span: Span): Diagnostic {
  return { code, severity: 'warning', message, span };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export interface RenderOptions {
  readonly color?: boolean;
}

/**
 * Renders a diagnostic like a compiler does:
 *
 *     error[E012]: Type "Strin" is neither a built-in type, nor refers to another model, composite type, or enum.
 *       --> prisma/schema.prisma:14:9
 *        |
 *     14 |   name Strin
 *        |        ^^^^^
 */
export function renderDiagnostic(diagnostic: Diagnostic, sources: ReadonlyMap<string, SourceFile>, options: RenderOptions = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const label = diagnostic.severity === 'error' ? paint('1;31', `error[${diagnostic.code}]`) : paint('1;33', `warning[${diagnostic.code}]`);
  const source = sources.get(diagnostic.span.file);
  if (!source) return `${label}: ${diagnostic.message}\n  --> ${diagnostic.span.file}`;
  const { line, column } = positionOf(source, diagnostic.span.start);
  const starts = lineStarts(source);
  const lineStart = starts[line - 1] ?? 0;
  const nextStart = starts[line] ?? source.text.length + 1;
  const lineText = source.text.slice(lineStart, nextStart - 1).replace(/\r$/, '');
  const width = Math.max(1, Math.min(diagnostic.span.end, lineStart + lineText.length) - diagnostic.span.start);
  const gutter = String(line).length;
  const pad = ' '.repeat(gutter);
  return [
    `${label}: ${diagnostic.message}`,
    `${pad}--> ${source.path}:${line}:${column}`,
    `${pad} |`,
    `${line} | ${lineText}`,
    `${pad} | ${' '.repeat(column - 1)}${paint('1;31', '^'.repeat(width))}`,
  ].join('\n');
}
