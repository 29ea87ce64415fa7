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
  required: readonly string[] = NONE,
): AttributeArgs {
  const all = attribute.arguments?.arguments ?? NO_ARGUMENTS;
  // Runs for every attribute of the schema: the arguments found sit at their parameter's index in
  // `params` (no map, no filtered copies), and the label is built only for a message.
  const found: (Argument | undefined)[] = new Array<Argument | undefined>(params.length);
  let unnamedCount = 0;
  for (const arg of all) if (arg.name === null) unnamedCount++;
  if (unnamedCount > 1) {
    const rendered = all
      .filter((a) => a.name === null)
      .map((a) => (a.value ? renderExpression(a.value) : ''))
      .join(', ');
    ctx.error(
      Codes.multipleUnnamedArguments,
      msg.attribute(labelOf(attribute), `You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean \`[${rendered}]\`?`),
      attribute.span,
    );
  }
  let seenUnnamed = false;
  for (const arg of all) {
    if (arg.name !== null) continue;
    if (seenUnnamed || params.length === 0) ctx.error(Codes.unknownArgument, 'No such argument.', arg.span);
    else found[0] = arg;
    seenUnnamed = true;
  }
  for (const arg of all) {
    if (arg.name === null) continue;
    const name = arg.name.text;
    const index = params.indexOf(name);
    if (index === -1) {
      ctx.error(Codes.unknownArgument, 'No such argument.', arg.span);
      continue;
    }
    const previous = found[index];
    if (previous !== undefined) {
      const text = previous.name === null ? `Argument "${name}" is already specified as unnamed argument.` : `Argument "${name}" is already specified.`;
      ctx.error(Codes.argumentAlreadySpecified, text, arg.span);
      continue;
    }
    found[index] = arg;
  }
  for (const name of required) {
    const index = params.indexOf(name);
    if (index === -1 || found[index] === undefined) ctx.error(Codes.missingArgument, `Argument "${name}" is missing.`, attribute.span);
  }
  return new ReadArgs(attribute, params, found);
}

const NONE: readonly string[] = Object.freeze([]);
const NO_ARGUMENTS: readonly Argument[] = Object.freeze([]);

/** `@name` or `@@name`. Prisma names `@@map` "@map" etc. in its messages about duplicates, but "@@index" in parse errors. */
function labelOf(attribute: Attribute): string {
  return `${attribute.isBlockAttribute ? '@@' : '@'}${attribute.name.text}`;
}

/** A class, not an object of closures: readArgs runs for every attribute of the schema. */
class ReadArgs implements AttributeArgs {
  constructor(
    readonly attribute: Attribute,
    private readonly params: readonly string[],
    private readonly found: readonly (Argument | undefined)[],
  ) {}

  get label(): string {
    return labelOf(this.attribute);
  }

  get(name: string): Argument | undefined {
    const index = this.params.indexOf(name);
    return index === -1 ? undefined : this.found[index];
  }

  value(name: string): Expression | null {
    return this.get(name)?.value ?? null;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
}

/** The span to point at for an argument's value (the argument itself when the value is missing). */
export function valueSpan(arg: Argument): Span {
  return arg.value?.span ?? arg.span;
}
