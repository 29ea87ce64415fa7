/**
 * Keys and indexes over native types the database cannot index whole: MySQL's TEXT/BLOB family (unless
 * the index gives a `length`), SQL Server's `(max)` variants, TEXT, NTEXT, IMAGE and XML. Also: `length:`
 * is MySQL-only.
 */
import type { IndexField } from '../model.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';
import { msg } from './context.js';
import type { ConstraintDraft, ModelDraft } from './draft.js';
import { NATIVE_TYPES } from './native-types/index.js';

const MYSQL_HINT = ' Please use the `length` argument to the field in the index definition to allow this.';

export function checkIndexedNativeTypes(ctx: ValidationContext, model: ModelDraft): void {
  const provider = ctx.provider;
  if (!provider) return;
  const display = ctx.capabilities.displayName;
  const hint = provider === 'mysql' ? MYSQL_HINT : '';
  const check = (constraint: ConstraintDraft, what: 'index' | 'unique' | 'id') => {
    for (const ref of constraint.fields) {
      if (ref.length !== null && provider !== 'mysql' && what === 'index') continue;
      const shown = blocked(ctx, model, ref);
      if (!shown) continue;
      const text =
        what === 'index'
          ? `You cannot define an index on fields with native type \`${shown}\` of ${display}.${hint}`
          : what === 'unique'
            ? `Native type \`${shown}\` cannot be unique in ${display}.${hint}`
            : `Native type \`${shown}\` of ${display} cannot be used on a field that is \`@id\` or \`@@id\`.${hint}`;
      ctx.error(Codes.unindexableNativeType, text, constraint.span);
      return;
    }
  };
  if (model.primaryKey) check(model.primaryKey, 'id');
  for (const u of model.uniques) check(u, 'unique');
  for (const i of model.indexes) if (i.kind !== 'fulltext') check(i, 'index');
  const labelled: [ConstraintDraft, string][] = [
    ...(model.primaryKey ? [[model.primaryKey, model.primaryKey.isFieldLevel ? '@id' : '@@id'] as [ConstraintDraft, string]] : []),
    ...model.uniques.map((u): [ConstraintDraft, string] => [u, u.isFieldLevel ? '@unique' : '@@unique']),
    ...model.indexes.map((i): [ConstraintDraft, string] => [i, i.kind === 'fulltext' ? '@@fulltext' : '@@index']),
  ];
  for (const [constraint, label] of labelled) checkLength(ctx, model, constraint, label);
}

/** `length:` is MySQL's (prefix indexes), and only on String and Bytes columns. */
function checkLength(ctx: ValidationContext, model: ModelDraft, constraint: ConstraintDraft, label: string): void {
  const withLength = constraint.fields.filter((f) => f.length !== null);
  if (withLength.length === 0) return;
  if (ctx.provider !== 'mysql') {
    ctx.error(Codes.indexLengthUnsupported, msg.attribute(label, 'The length argument is not supported in an index definition with the current connector'), constraint.span);
    return;
  }
  const badType = withLength.some((f) => {
    const field = model.byName.get(f.name);
    return field !== undefined && field.kind !== 'unsupported' && (field.kind !== 'scalar' || (field.type !== 'String' && field.type !== 'Bytes'));
  });
  if (badType) ctx.error(Codes.indexLengthType, msg.attribute(label, 'The length argument is only allowed with field types `String` or `Bytes`.'), constraint.span);
}

/** The native type as Prisma shows it (`Text`, `NVarChar(Max)`) when it blocks this index field. */
function blocked(ctx: ValidationContext, model: ModelDraft, ref: IndexField): string | null {
  const field = model.byName.get(ref.name);
  const native = field?.writtenNativeType;
  if (!native || !ctx.provider) return null;
  const spec = NATIVE_TYPES[ctx.provider][native.name];
  if (!spec?.notIndexable) return null;
  if (ctx.provider === 'mysql' && ref.length !== null) return null;
  const isMax = native.args[0] === 'max';
  if (spec.notIndexable === 'max' && !isMax) return null;
  return isMax ? `${native.name}(Max)` : native.args.length ? `${native.name}(${native.args.join(',')})` : native.name;
}
