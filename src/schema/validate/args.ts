/**
 * Reading an attribute's arguments the way Prisma does: the first unnamed argument fills the attribute's
 * default parameter, named arguments fill the others, and every misuse (unknown, repeated, missing,
 * several unnamed) is reported where Prisma points at it.
 */
import type { Span } from '../diagnostics.js';
import type { Argument, Attribute, Expression } from '../syntax.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { msg } from './context.js';
import { renderExpression } from './expressions.js';

export interface AttributeArgs {
  readonly attribute: Attribute;
  /** The attribute's display name with its `@`/`@@`. */
  readonly label: string;
  get(name: string): Argument | undefined;
  /** The value, or null when absent or missing. */
  value(name: string): Expression | null;
  has(name: string): boolean;
}

/**
 * `params[0]` is the parameter an unnamed argument fills. `required` parameters are reported when
 * missing. Returns null when the arguments are too broken to read further.
 */
export function readArgs(
  ctx: ValidationContext,
  attribute: Attribute,
  params: readonly string[],
  required: readonly string[] = [],
): AttributeArgs {
  const label = `${attribute.isBlockAttribute ? '@@' : '@'}${attribute.name.text}`;
  // Prisma names `@@map` "@map" etc. in its messages about duplicates, but "@@index" in parse errors.
  const found = new Map<string, Argument>();
  const all = attribute.arguments?.arguments ?? [];
  const unnamed = all.filter((a) => a.name === null);
  if (unnamed.length > 1) {
    const rendered = unnamed.map((a) => (a.value ? renderExpression(a.value) : '')).join(', ');
    ctx.error(
      Codes.multipleUnnamedArguments,
      msg.attribute(label, `You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean \`[${rendered}]\`?`),
      attribute.span,
    );
  }
  const firstUnnamed = unnamed[0];
  const defaultParam = params[0];
  if (firstUnnamed) {
    if (defaultParam === undefined) ctx.error(Codes.unknownArgument, 'No such argument.', firstUnnamed.span);
    else found.set(defaultParam, firstUnnamed);
  }
  for (const extra of unnamed.slice(1)) ctx.error(Codes.unknownArgument, 'No such argument.', extra.span);
  for (const arg of all) {
    if (arg.name === null) continue;
    const name = arg.name.text;
    if (!params.includes(name)) {
      ctx.error(Codes.unknownArgument, 'No such argument.', arg.span);
      continue;
    }
    if (found.has(name)) {
      const previous = found.get(name);
      const text = previous?.name === null ? `Argument "${name}" is already specified as unnamed argument.` : `Argument "${name}" is already specified.`;
      ctx.error(Codes.argumentAlreadySpecified, text, arg.span);
      continue;
    }
    found.set(name, arg);
  }
  for (const name of required) {
    if (!found.has(name)) ctx.error(Codes.missingArgument, `Argument "${name}" is missing.`, attribute.span);
  }
  return new ReadArgs(attribute, label, found);
}

/** A class, not an object of closures: readArgs runs for every attribute of the schema. */
class ReadArgs implements AttributeArgs {
  constructor(
    readonly attribute: Attribute,
    readonly label: string,
    private readonly found: ReadonlyMap<string, Argument>,
  ) {}

  get(name: string): Argument | undefined {
    return this.found.get(name);
  }

  value(name: string): Expression | null {
    return this.found.get(name)?.value ?? null;
  }

  has(name: string): boolean {
    return this.found.has(name);
  }
}

/** The span to point at for an argument's value (the argument itself when the value is missing). */
export function valueSpan(arg: Argument): Span {
  return arg.value?.span ?? arg.span;
}
