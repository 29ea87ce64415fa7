/**
 * The functions `@default(…)` accepts, as a table: which field types each may be used on and which
 * arguments it takes. Which providers have them is in providers.ts (`defaultFunctions`).
 */
import type { DefaultFunctionName } from '../model.js';
import type { FunctionCall } from '../syntax.js';

export interface DefaultFunctionRule {
  /** Scalar types it may be used on; `any` = every type (enums, Unsupported included). */
  readonly types: readonly string[] | 'any';
  /** Checks the arguments; returns Prisma's message when they are wrong. */
  readonly checkArgs: (call: FunctionCall) => string | null;
}

function noArguments(name: string) {
  return (call: FunctionCall) =>
    call.arguments.arguments.length === 0 ? null : `The \`${name}\` function does not take any argument. Consider changing this default to \`${name}()\`.`;
}

/** No argument, or one integer argument from `allowed`. */
function optionalInteger(name: string, allowed: (n: number) => boolean, describe: string) {
  return (call: FunctionCall) => {
    const args = call.arguments.arguments;
    if (args.length === 0) return null;
    const first = args[0]?.value;
    if (args.length === 1 && first?.kind === 'NumberLiteral' && /^\d+$/.test(first.text) && allowed(Number(first.text))) return null;
    return `\`${name}()\` takes either no argument, or a single integer argument ${describe}.`;
  };
}

export const DEFAULT_FUNCTIONS: Readonly<Record<DefaultFunctionName, DefaultFunctionRule>> = {
  autoincrement: { types: ['Int', 'BigInt'], checkArgs: noArguments('autoincrement') },
  // Prisma does not check the field type of `sequence()`.
  sequence: { types: 'any', checkArgs: () => null },
  now: { types: ['DateTime'], checkArgs: noArguments('now') },
  cuid: { types: ['String'], checkArgs: optionalInteger('cuid', (n) => n === 1 || n === 2, 'which is either 1 or 2') },
  uuid: { types: ['String'], checkArgs: optionalInteger('uuid', (n) => n === 4 || n === 7, 'which is either 4 or 7') },
  ulid: { types: ['String'], checkArgs: noArguments('ulid') },
  nanoid: { types: ['String'], checkArgs: optionalInteger('nanoid', (n) => n >= 2 && n <= 255, 'between 2 and 255') },
  dbgenerated: {
    types: 'any',
    checkArgs: (call) => {
      const args = call.arguments.arguments;
      if (args.length === 0) return null;
      if (args.length === 1 && args[0]?.value?.kind === 'StringLiteral') return args[0].value.value.trim() === '' ? 'dbgenerated() takes either no argument, or a single nonempty string argument.' : null;
      return 'dbgenerated() takes either no argument, or a single nonempty string argument.';
    },
  },
  auto: { types: 'any', checkArgs: noArguments('auto') },
};

export function isDefaultFunctionName(name: string): name is DefaultFunctionName {
  return Object.prototype.hasOwnProperty.call(DEFAULT_FUNCTIONS, name);
}
