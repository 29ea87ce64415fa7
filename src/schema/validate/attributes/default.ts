/**
 * `@default(value, map: "…")`: the value must fit the field's type (scalar literals, enum values, lists
 * for list fields, and the functions of default-functions.ts that the provider has).
 */
import type { DefaultValue } from '../../model.js';
import type { Attribute, Expression } from '../../syntax.js';
import { readArgs } from '../args.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import { DEFAULT_FUNCTIONS, isDefaultFunctionName } from '../default-functions.js';
import type { FieldDraft } from '../draft.js';
import { readString, renderExpression } from '../expressions.js';

const LABEL = '@default';

export function applyDefault(ctx: ValidationContext, field: FieldDraft, attribute: Attribute, enumValues: readonly string[] | null): void {
  const args = readArgs(ctx, attribute, ['value', 'map'], ['value']);
  const mapValue = args.value('map');
  field.defaultMapName = mapValue ? readString(ctx, mapValue) : null;
  if (mapValue && ctx.provider && ctx.provider !== 'sqlserver') {
    ctx.error(
      Codes.defaultMapUnsupported,
      msg.attribute(LABEL, 'You defined a database name for the default value of a field on the model. This is not supported by the provider.'),
      attribute.span,
    );
  }
  const value = args.value('value');
  if (!value) return;
  if (field.kind === 'relation') {
    ctx.error(Codes.defaultOnRelation, msg.attribute(LABEL, 'Cannot set a default value on a relation field.'), attribute.span);
    return;
  }
  if (value.kind === 'FunctionCall') {
    field.default = readFunction(ctx, field, attribute, value);
    return;
  }
  if (field.isList) {
    if (value.kind !== 'ArrayExpression') {
      ctx.error(Codes.defaultTypeMismatch, msg.attribute(LABEL, 'The default value of a list field must be a list.'), attribute.span);
      return;
    }
    const values: DefaultValue[] = [];
    for (const item of value.items) {
      const one = readLiteral(ctx, field, attribute, item, enumValues);
      if (!one) return;
      values.push(one);
    }
    field.default = { kind: 'list', values };
    return;
  }
  if (value.kind === 'ArrayExpression') {
    ctx.error(Codes.defaultTypeMismatch, msg.attribute(LABEL, 'The default value of a non-list field cannot be a list.'), attribute.span);
    return;
  }
  field.default = readLiteral(ctx, field, attribute, value, enumValues);
}

function readFunction(ctx: ValidationContext, field: FieldDraft, attribute: Attribute, call: Extract<Expression, { kind: 'FunctionCall' }>): DefaultValue | null {
  const name = call.name.text;
  if (field.kind === 'enum' && name !== 'dbgenerated') {
    ctx.error(Codes.defaultTypeMismatch, msg.attribute(LABEL, `Expected an enum value, but found \`${renderExpression(call)}\`.`), attribute.span);
    return null;
  }
  if (!isDefaultFunctionName(name)) {
    ctx.error(
      Codes.defaultFunctionUnknown,
      `Unknown function in @default(): \`${name}\` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions`,
      call.span,
    );
    return null;
  }
  const rule = DEFAULT_FUNCTIONS[name];
  const typeOk = rule.types === 'any' || (field.kind === 'scalar' && rule.types.includes(field.type));
  if (!typeOk) {
    const typeName = field.kind === 'scalar' || field.kind === 'enum' ? field.type : field.kind === 'unsupported' ? 'Unsupported' : field.type;
    ctx.error(Codes.defaultFunctionType, msg.attribute(LABEL, `The function \`${name}()\` cannot be used on fields of type \`${typeName}\`.`), attribute.span);
    return null;
  }
  if (name === 'autoincrement' && field.inCompositeType) {
    ctx.error(Codes.autoincrementInComposite, msg.attribute(LABEL, 'The function `autoincrement()` is not supported on composite fields.'), attribute.span);
    return null;
  }
  if (ctx.provider === 'mongodb' && name === 'dbgenerated') {
    ctx.error(Codes.dbgeneratedOnMongo, msg.field(field.model, field.name, 'The `dbgenerated()` function is not allowed with MongoDB. Please use `auto()` instead.'), field.node.span);
    return null;
  }
  if (ctx.provider && !ctx.capabilities.defaultFunctions.includes(name)) {
    if (name === 'autoincrement') {
      ctx.error(Codes.defaultFunctionProvider, msg.attribute(LABEL, 'The `autoincrement()` default value is used with a datasource that does not support it.'), attribute.span);
    } else if (name === 'sequence') {
      ctx.error(
        Codes.defaultFunctionProvider,
        `Unknown function in @default(): \`${name}\` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions`,
        call.span,
      );
    } else {
      ctx.error(Codes.defaultFunctionProvider, msg.attribute(LABEL, `The current connector does not support the \`${name}()\` function.`), call.span);
    }
    return null;
  }
  if (name === 'autoincrement' && ctx.provider === 'cockroachdb' && field.type !== 'BigInt') {
    // Prisma names the attribute without its `@` in this one message.
    ctx.error(
      Codes.autoincrementNotBigInt,
      msg.attribute('default', 'The `autoincrement()` default function is defined only on BigInt fields on CockroachDB. Use sequence() if you want an autoincrementing Int field.'),
      attribute.span,
    );
    return null;
  }
  const argProblem = rule.checkArgs(call);
  if (argProblem) {
    ctx.error(Codes.defaultFunctionArgs, msg.attribute(LABEL, argProblem), attribute.span);
    return null;
  }
  const args: (string | number)[] = [];
  for (const arg of call.arguments.arguments) {
    const v = arg.value;
    if (v?.kind === 'StringLiteral') args.push(v.value);
    else if (v?.kind === 'NumberLiteral') args.push(Number(v.text));
    else if (v) args.push(renderExpression(v));
  }
  // Prisma records the version it uses when none is written.
  if (args.length === 0 && name === 'uuid') args.push(4);
  if (args.length === 0 && name === 'cuid') args.push(1);
  return { kind: 'function', name, args };
}

function mismatch(ctx: ValidationContext, field: FieldDraft, attribute: Attribute, value: Expression): null {
  const expected = field.kind === 'enum' ? 'an enum' : `a ${field.type}`;
  ctx.error(Codes.defaultTypeMismatch, msg.attribute(LABEL, `Expected ${expected} value, but found \`${renderExpression(value)}\`.`), attribute.span);
  return null;
}

function parseError(ctx: ValidationContext, value: Expression, text: string, label = LABEL): null {
  ctx.error(Codes.defaultTypeMismatch, msg.attribute(label, `Parse error: ${text}`), value.span);
  return null;
}

/** One literal value (of a scalar or enum field, or one item of a list default). */
function readLiteral(ctx: ValidationContext, field: FieldDraft, attribute: Attribute, value: Expression, enumValues: readonly string[] | null): DefaultValue | null {
  if (field.kind === 'enum') {
    if (value.kind !== 'ConstantValue') return mismatch(ctx, field, attribute, value);
    if (!enumValues?.includes(value.text)) {
      ctx.error(Codes.defaultEnumValue, msg.attribute(LABEL, `The defined default value \`${value.text}\` is not a valid value of the enum specified for the field.`), attribute.span);
      return null;
    }
    return { kind: 'enum', value: value.text };
  }
  if (field.kind !== 'scalar') {
    const text = field.kind === 'unsupported' ? 'Only @default(dbgenerated("...")) can be used for Unsupported types.' : 'Composite fields cannot have a default value.';
    ctx.error(Codes.defaultTypeMismatch, msg.attribute(LABEL, text), attribute.span);
    return null;
  }
  switch (field.type) {
    case 'String':
      return value.kind === 'StringLiteral' ? { kind: 'string', value: value.value } : mismatch(ctx, field, attribute, value);
    case 'Int':
    case 'BigInt':
      if (value.kind !== 'NumberLiteral') return mismatch(ctx, field, attribute, value);
      if (!/^-?\d+$/.test(value.text)) return parseError(ctx, value, `"${value.text}" is not a valid integer. (invalid digit found in string)`);
      // Prisma reads integer defaults as 64-bit integers.
      if (BigInt(value.text) > 9223372036854775807n) return parseError(ctx, value, `"${value.text}" is not a valid integer. (number too large to fit in target type)`);
      if (BigInt(value.text) < -9223372036854775808n) return parseError(ctx, value, `"${value.text}" is not a valid integer. (number too small to fit in target type)`);
      return { kind: 'number', value: value.text };
    case 'Float':
    case 'Decimal':
      if (value.kind === 'NumberLiteral') return { kind: 'number', value: value.text };
      if (field.type === 'Decimal' && value.kind === 'StringLiteral') {
        if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value.value)) return { kind: 'number', value: value.value };
        // Prisma names the attribute without its `@` in this message.
        return parseError(ctx, value, `"${value.value}" is not a valid decimal. (invalid digit found in string)`, 'default');
      }
      return mismatch(ctx, field, attribute, value);
    case 'Boolean':
      if (value.kind === 'ConstantValue' && (value.text === 'true' || value.text === 'false')) return { kind: 'boolean', value: value.text === 'true' };
      if (value.kind === 'ConstantValue') {
        ctx.error(Codes.defaultTypeMismatch, msg.attribute(LABEL, 'A boolean literal must be `true` or `false`.'), value.span);
        return null;
      }
      return mismatch(ctx, field, attribute, value);
    case 'DateTime':
      if (value.kind !== 'StringLiteral') return mismatch(ctx, field, attribute, value);
      if (!isRfc3339(value.value)) return parseError(ctx, value, `"${value.value}" is not a valid rfc3339 datetime string. (input contains invalid characters)`);
      return { kind: 'string', value: value.value };
    case 'Json':
      if (value.kind !== 'StringLiteral') return mismatch(ctx, field, attribute, value);
      try {
        JSON.parse(value.value);
      } catch {
        return parseError(ctx, value, `"${value.value}" is not a valid JSON string.`);
      }
      return { kind: 'string', value: value.value };
    case 'Bytes':
      if (value.kind !== 'StringLiteral') return mismatch(ctx, field, attribute, value);
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value.value) || value.value.length % 4 !== 0) {
        return parseError(ctx, value, `"${value.value}" is not a valid base64 string. (Could not convert from \`base64 encoded bytes\` to \`PrismaValue::Bytes\`)`);
      }
      return { kind: 'string', value: value.value };
    default:
      return mismatch(ctx, field, attribute, value);
  }
}

function isRfc3339(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text));
}
