/** `generator` blocks: provider (required), output, previewFeatures, binaryTargets, and any other key as written. */
import type { ConfigValue, Generator, GeneratorValue } from '../model.js';
import { assertNever } from '../../shared/internal-error.js';
import type { Block, Expression } from '../syntax.js';
import { Codes } from './codes.js';
import { configProperties } from './config-properties.js';
import { readConfigValue } from './config-value.js';
import type { ValidationContext } from './context.js';
import { documentation } from './documentation.js';
import { readStringList } from './expressions.js';
import { checkPreviewFeatures } from './preview-features.js';

const RESERVED = ['provider', 'output', 'previewFeatures', 'binaryTargets'];

export function validateGenerator(ctx: ValidationContext, block: Block): Generator | null {
  const props = configProperties(ctx, block, null);
  const providerProp = props.get('provider');
  if (!providerProp) {
    ctx.error(Codes.generatorProviderMissing, `Argument "provider" is missing in generator block "${block.name.text}".`, block.span);
  }
  const provider = providerProp ? readConfigValue(ctx, providerProp.value) : null;
  const outputProp = props.get('output');
  const output = outputProp ? readConfigValue(ctx, outputProp.value) : null;
  const previewExpr = props.get('previewFeatures')?.value ?? null;
  const previewFeatures = readStringList(ctx, previewExpr) ?? [];
  if (previewExpr) checkPreviewFeatures(ctx, previewFeatures, previewExpr, ctx.provider);
  const binaryTargets = readBinaryTargets(ctx, props.get('binaryTargets')?.value ?? null);
  const config: Record<string, GeneratorValue> = {};
  for (const [key, prop] of props) {
    if (RESERVED.includes(key) || !prop.value) continue;
    const value = otherValue(prop.value);
    if (value !== null) config[key] = value;
  }
  if (!provider) return null;
  return {
    name: block.name.text,
    provider,
    output,
    previewFeatures,
    binaryTargets,
    config,
    documentation: documentation(block.docComments),
    span: block.span,
  };
}

function readBinaryTargets(ctx: ValidationContext, expr: Expression | null): ConfigValue[] {
  if (!expr) return [];
  const items = expr.kind === 'ArrayExpression' ? expr.items : [expr];
  return items.map((item) => readConfigValue(ctx, item)).filter((v): v is ConfigValue => v !== null);
}

/** A third-party generator's key, kept as written. */
function otherValue(expr: Expression): GeneratorValue | null {
  switch (expr.kind) {
    case 'StringLiteral':
      return expr.value;
    case 'NumberLiteral':
      return Number(expr.text);
    case 'ConstantValue':
      return expr.text === 'true' ? true : expr.text === 'false' ? false : expr.text;
    case 'FunctionCall': {
      const first = expr.arguments.arguments[0]?.value;
      return expr.name.text === 'env' && first?.kind === 'StringLiteral' ? { kind: 'env', variable: first.value } : null;
    }
    case 'ArrayExpression':
      return expr.items.map((i) => (i.kind === 'StringLiteral' ? i.value : i.kind === 'NumberLiteral' || i.kind === 'ConstantValue' ? i.text : ''));
    default:
      return assertNever(expr, 'expression');
  }
}
