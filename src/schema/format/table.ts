/**
 * The column layout of a block's lines, as Prisma's formatter does it. Rows are split into groups by
 * blank lines; within a group each column is as wide as its widest cell (comment lines in between do
 * not break a group), every cell but a row's last is padded, cells are joined by one space, and a
 * trailing comment follows the last cell after one space. Widths count UTF-8 bytes, as Prisma's do
 * (so a column holding `ü` is one space short: byte-identical output matters more than looks).
 */

type Row =
  | { readonly kind: 'cells'; readonly cells: readonly string[]; readonly comment: string | null }
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'blank' };

const ASCII = /^[\x00-\x7f]*$/;

function width(text: string): number {
  return ASCII.test(text) ? text.length : Buffer.byteLength(text, 'utf8');
}

export class Table {
  private readonly rows: Row[] = [];

  cells(cells: readonly string[], comment: string | null): void {
    this.rows.push({ kind: 'cells', cells, comment });
  }

  /** A line printed as it is (a comment line), inside the current group. */
  line(text: string): void {
    this.rows.push({ kind: 'line', text });
  }

  /** A blank line: ends the group. Several in a row print as one. */
  blank(): void {
    if (this.rows.at(-1)?.kind !== 'blank') this.rows.push({ kind: 'blank' });
  }

  get isEmpty(): boolean {
    return this.rows.length === 0;
  }

  /** The lines, each prefixed with `indent`; a blank line is an empty string. */
  render(indent: string): string[] {
    const out: string[] = [];
    let groupStart = 0;
    while (groupStart < this.rows.length) {
      let groupEnd = groupStart;
      while (groupEnd < this.rows.length && this.rows[groupEnd]?.kind !== 'blank') groupEnd++;
      this.renderGroup(this.rows.slice(groupStart, groupEnd), indent, out);
      if (groupEnd < this.rows.length) out.push('');
      groupStart = groupEnd + 1;
    }
    return out;
  }

  private renderGroup(rows: readonly Row[], indent: string, out: string[]): void {
    const widths: number[] = [];
    for (const row of rows) {
      if (row.kind !== 'cells') continue;
      row.cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
    }
    for (const row of rows) {
      if (row.kind === 'line') out.push(indent + row.text);
      else if (row.kind === 'cells') {
        const last = row.cells.length - 1;
        const text = row.cells.map((cell, i) => (i < last ? cell + ' '.repeat((widths[i] ?? 0) - width(cell)) : cell)).join(' ');
        out.push(indent + (row.comment === null ? text : `${text} ${row.comment}`));
      }
    }
  }
}
