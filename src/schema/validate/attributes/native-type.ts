/**
 * Native type attributes (`@db.VarChar(255)`): the prefix must be the datasource's name, the type must
 * exist for the provider and fit the field's type, and the arguments must match the provider's table.
 */
import type { NativeType } from '../../model.js';
import type { Attribute } from '../../syntax.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import type { FieldDraft } from '../draft.js';
import { renderExpression } from '../expressions.js';
import { NATIVE_TYPES } from '../native-types/index.js';
import type { NativeTypeSpec } from '../native-types/index.js';
import { isNativeTypeAttribute } from './registry.js';

export function applyNativeTypes(ctx: ValidationContext, field: FieldDraft, datasourceName: string | null): void {
  let seen = false;
  for (const attribute of field.node.attributes) {
    if (!isNativeTypeAttribute(attribute)) continue;
    const [prefix = '', typeName = ''] = splitName(attribute.name.text);
    if (datasourceName === null || prefix !== datasourceName) {
      const text =
        datasourceName === null
          ? `Attribute not known: "@${attribute.name.text}".`
          : `The prefix ${prefix} is invalid. It must be equal to the name of an existing datasource e.g. ${datasourceName}. Did you mean to use ${datasourceName}.${typeName}?`;
      ctx.error(datasourceName === null ? Codes.unknownAttribute : Codes.nativeTypePrefix, text, attribute.span);
      continue;
    }
    if (seen) {
      ctx.error(Codes.nativeTypeDuplicate, `Attribute "@${prefix}" can only be defined once.`, attribute.span);
      continue;
    }
    seen = true;
    if (!ctx.provider) continue;
    const spec = NATIVE_TYPES[ctx.provider][typeName];
    if (!spec) {
      ctx.error(Codes.nativeTypeUnknown, `Native type ${typeName} is not supported for ${ctx.provider} connector.`, attribute.span);
      continue;
    }
    const native = readNativeType(ctx, attribute, typeName, spec);
    if (!native) continue;
    field.writtenNativeType = native;
    if (field.kind !== 'scalar' || !(spec.types as readonly string[]).includes(field.type)) {
      const declared = field.kind === 'unsupported' ? 'Unsupported' : field.type;
      ctx.error(
        Codes.nativeTypeFieldType,
        `Native type ${typeName} is not compatible with declared field type ${declared}, expected field type ${spec.types.join(' or ')}.`,
        attribute.span,
      );
      continue;
    }
    if (spec.booleanOnlyWithOne && field.type === 'Boolean' && native.args[0] !== '1') {
      ctx.error(
        Codes.nativeTypeArgumentRange,
        `Argument M is out of range for native type \`${typeName}(${native.args.join(',')})\` of ${ctx.capabilities.displayName}: only ${typeName}(1) can be used as Boolean.`,
        attribute.span,
      );
      continue;
    }
    field.nativeType = native;
  }
}

function splitName(name: string): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

function readNativeType(ctx: ValidationContext, attribute: Attribute, typeName: string, spec: NativeTypeSpec): NativeType | null {
  const args = attribute.arguments?.arguments ?? [];
  const count = args.length;
  if (spec.args === 0 && count > 0) {
    ctx.error(Codes.nativeTypeArguments, `Function "${typeName}" takes 0 arguments, but received ${count}.`, attribute.span);
    return null;
  }
  if (spec.precisionScale && count !== 0 && count !== 2) {
    const rendered = args.map((a) => (a.value ? renderExpression(a.value) : '')).join(', ');
    ctx.error(Codes.nativeTypeArguments, `Expected two nonnegative integers, but found (${rendered}).`, attribute.span);
    return null;
  }
  if (spec.optional && count > spec.args) {
    ctx.error(Codes.nativeTypeArguments, `Native type ${typeName} takes ${spec.args} optional arguments, but received ${count}.`, attribute.span);
    return null;
  }
  if (!spec.optional && count !== spec.args) {
    ctx.error(Codes.nativeTypeArguments, `Function "${typeName}" takes ${spec.args} arguments, but received ${count}.`, attribute.span);
    return null;
  }
  const values: string[] = [];
  for (const arg of args) {
    const value = arg.value;
    if (value?.kind === 'NumberLiteral' && /^\d+$/.test(value.text)) values.push(value.text);
    else if (spec.allowsMax && value?.kind === 'ConstantValue' && value.text.toLowerCase() === 'max') values.push('max');
    else {
      const rendered = args.map((a) => (a.value ? renderExpression(a.value) : '')).join(', ');
      ctx.error(Codes.nativeTypeArguments, `Expected a nonnegative integer, but found (${rendered}).`, attribute.span);
      return null;
    }
  }
  const range = spec.range;
  const first = values[0];
  const shown = `${typeName}(${values.join(',')})`;
  const display = ctx.capabilities.displayName;
  if (range && first !== undefined && first !== 'max') {
    const n = Number(first);
    if (n < range.min || n > range.max) {
      ctx.error(Codes.nativeTypeArgumentRange, `Argument M is out of range for native type \`${shown}\` of ${display}: ${range.text}`, attribute.span);
      return null;
    }
  }
  if (spec.precisionScale && values.length === 2 && Number(values[1]) > Number(values[0])) {
    ctx.error(Codes.nativeTypeArgumentRange, `The scale must not be larger than the precision for the ${shown} native type in ${display}.`, attribute.span);
    return null;
  }
  return { name: typeName, args: values };
}
