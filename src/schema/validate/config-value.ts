/**
 * Datasource and generator values: a string literal or `env("NAME")`. Validation never resolves `env()`
 * (a schema with a missing variable is still valid); the stage that needs the value calls
 * `resolveConfigValue`, which throws `MissingEnvVarError` naming the variable.
 */
import type { ConfigValue } from '../model.js';
import type { Expression } from '../syntax.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { describeKind, renderExpression } from './expressions.js';

export class MissingEnvVarError extends Error {
  override readonly name = 'MissingEnvVarError';
  constructor(readonly variable: string) {
    super(`Environment variable not found: ${variable}.`);
  }
}

/** The value itself: a literal as is, `env("X")` from `env` (default: `process.env`). */
export function resolveConfigValue(value: ConfigValue, env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (value.kind === 'literal') return value.value;
  const resolved = env[value.variable];
  if (resolved === undefined) throw new MissingEnvVarError(value.variable);
  return resolved;
}

/** Reads `"…"` or `env("…")`; reports anything else. */
export function readConfigValue(ctx: ValidationContext, expr: Expression | null): ConfigValue | null {
  if (!expr) return null;
  if (expr.kind === 'StringLiteral') return { kind: 'literal', value: expr.value };
  if (expr.kind === 'FunctionCall' && expr.name.text === 'env') {
    const args = expr.arguments.arguments;
    const first = args[0]?.value;
    if (args.length === 1 && first?.kind === 'StringLiteral') return { kind: 'env', variable: first.value };
    ctx.error(Codes.configValueInvalid, 'The `env` function takes a single string argument, the name of the environment variable.', expr.span);
    return null;
  }
  ctx.error(Codes.configValueInvalid, `Expected a string value, but received ${describeKind(expr)} value \`${renderExpression(expr)}\`.`, expr.span);
  return null;
}
