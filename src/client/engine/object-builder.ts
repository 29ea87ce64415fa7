/**
 * Builds result objects of one shape fast. `objectBuilder(fields)` returns
 *
 *   (source) => ({ "id": read0(source[0]), "email": read1(source[1]), ... })
 *
 * made once per shape with `new Function`: an object literal gets its final hidden class at once and
 * needs no keyed stores, which measured about six times faster per row than filling `{}` in a loop
 * (bench: all 5k products, 1,000-row selects). The source is a row array (indexes) or a JSON object
 * (keys). Where code generation is not allowed (a Content-Security-Policy without `unsafe-eval`), the
 * same function is built as a loop. Only keys and indexes reach the generated text, always as JSON
 * literals; the values are read through the `read` functions, never interpolated.
 */

export interface BuiltField {
  /** The output key. */
  readonly key: string;
  /** Where the value is in the source: an index into a row array, a key of a JSON object, or null for the whole source. */
  readonly from: number | string | null;
  readonly read: (value: unknown) => unknown;
}

export type ObjectBuilder = (source: unknown) => Record<string, unknown>;

let codegenAllowed: boolean | null = null;

function canGenerate(): boolean {
  if (codegenAllowed === null) {
    try {
      codegenAllowed = (new Function('return 1') as () => number)() === 1;
    } catch {
      codegenAllowed = false;
    }
  }
  return codegenAllowed;
}

function loopBuilder(fields: readonly BuiltField[]): ObjectBuilder {
  return (source) => {
    const from = source as Record<string | number, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const value = f.read(f.from === null ? source : from[f.from]);
      if (f.key === '__proto__') Object.defineProperty(out, f.key, { value, enumerable: true, writable: true, configurable: true });
      else out[f.key] = value;
    }
    return out;
  };
}

export function objectBuilder(fields: readonly BuiltField[]): ObjectBuilder {
  // `__proto__` in a literal would set the prototype, not a key (field names start with a letter, but be safe).
  if (!canGenerate() || fields.some((f) => f.key === '__proto__')) return loopBuilder(fields);
  const body = fields.map((f, i) => `${JSON.stringify(f.key)}: r${i}(${f.from === null ? 's' : `s[${JSON.stringify(f.from)}]`})`).join(', ');
  const readers = fields.map((_, i) => `r${i}`).join(', ');
  const make = new Function('readers', `const [${readers}] = readers; return (s) => ({ ${body} });`) as (readers: readonly ((v: unknown) => unknown)[]) => ObjectBuilder;
  return make(fields.map((f) => f.read));
}
