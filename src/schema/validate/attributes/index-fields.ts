/**
 * The field lists of `@@id`, `@@unique`, `@@index` and `@@fulltext`: `[a, b(sort: Desc, length: 10)]`.
 * Checks that every name is a scalar field of the model and appears once.
 */
import type { IndexField } from '../../model.js';
import type { Attribute, Expression } from '../../syntax.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import type { FieldRef } from '../expressions.js';
import { readFieldRefs, renderExpression } from '../expressions.js';
import type { ModelDraft } from '../draft.js';

/** How Prisma names the constraint in its messages. */
export type ConstraintWord = 'index' | 'unique index' | 'id';

/** Sort, length and ops arguments of one field reference. */
export function readIndexFieldOptions(ctx: ValidationContext, ref: FieldRef): IndexField {
  let sort: IndexField['sort'] = null;
  let length: number | null = null;
  let ops: string | null = null;
  for (const arg of ref.call?.arguments.arguments ?? []) {
    const value = arg.value;
    const name = arg.name?.text ?? null;
    if (!value) continue;
    if (name === 'sort') {
      if (value.kind === 'ConstantValue' && (value.text === 'Asc' || value.text === 'Desc')) sort = value.text;
      else ctx.error(Codes.invalidSortOrder, 'Unexpected token. Expected one of: Asc, Desc', arg.span);
    } else if (name === 'length') {
      if (value.kind === 'NumberLiteral' && /^\d+$/.test(value.text)) length = Number(value.text);
      else ctx.error(Codes.argumentType, `Expected a numeric value, but received \`${renderExpression(value)}\`.`, value.span);
    } else if (name === 'ops') {
      ops = opsValue(value);
    } else {
      ctx.error(Codes.unknownArgument, 'No such argument.', arg.span);
    }
  }
  return { name: ref.name, sort, length, ops };
}

function opsValue(value: Expression): string {
  if (value.kind === 'FunctionCall' && value.name.text === 'raw') {
    const first = value.arguments.arguments[0]?.value;
    return first?.kind === 'StringLiteral' ? first.value : renderExpression(value);
  }
  return renderExpression(value);
}

/**
 * Reads a block attribute's `fields` list and checks it against the model. Returns null when the list
 * is unusable (so no constraint is recorded and no follow-up error is reported).
 */
export function readConstraintFields(
  ctx: ValidationContext,
  model: ModelDraft,
  attribute: Attribute,
  expr: Expression | null,
  word: ConstraintWord,
): IndexField[] | null {
  const refs = readFieldRefs(ctx, expr);
  if (!refs) return null;
  if (refs.length === 0) {
    const label = `@@${attribute.name.text}`;
    ctx.error(Codes.emptyIndexFields, msg.attribute(label, 'The list of fields in an index cannot be empty. Please specify at least one field.'), attribute.span);
    return null;
  }
  const unknown: string[] = [];
  const relationFields: string[] = [];
  const seen = new Set<string>();
  const out: IndexField[] = [];
  let ok = true;
  for (const ref of refs) {
    const [root = ref.name, ...rest] = ref.name.split('.');
    const field = model.byName.get(root);
    // A field whose type does not resolve counts as a relation field here, as in Prisma.
    if (!field) (model.unresolvedFields.has(root) ? relationFields : unknown).push(ref.name);
    else if (field.kind === 'relation') relationFields.push(ref.name);
    else if (rest.length) {
      const missing = missingPath(ctx, field.kind === 'composite' ? field.type : null, rest);
      if (missing) unknown.push(missing);
    }
    if (seen.has(ref.name)) {
      ctx.error(Codes.fieldRepeatedInIndex, msg.model(model.name, `The ${word === 'id' ? 'id' : word} definition refers to the field ${ref.name} multiple times.`), attribute.span);
      ok = false;
    }
    seen.add(ref.name);
    out.push(readIndexFieldOptions(ctx, ref));
  }
  if (unknown.length) {
    // Prisma words (and points at) the `@@id` case differently from the index cases.
    if (word === 'id') {
      const list = unknown.map((n) => `\`${n}\``).join(', ');
      const text = `The multi field id declaration refers to the unknown ${unknown.length === 1 ? 'field' : 'fields'} ${list}.`;
      ctx.error(Codes.unknownIndexField, msg.model(model.name, text), expr?.span ?? attribute.span);
    } else {
      ctx.error(Codes.unknownIndexField, msg.model(model.name, `The ${word} definition refers to the unknown fields: ${unknown.join(', ')}.`), attribute.span);
    }
    ok = false;
  }
  if (relationFields.length) {
    let text: string;
    if (word === 'id') {
      const list = relationFields.map((f) => `\`${f}\``).join(', ');
      text = `The id definition refers to the relation ${relationFields.length === 1 ? 'field' : 'fields'} ${list}. ID definitions must reference only scalar fields.`;
    } else {
      const suggestion = refs.flatMap((r) => {
        const f = model.byName.get(r.name);
        return f?.kind === 'relation' ? (f.relation?.fields ?? []).map((x) => x.name) : [r.name];
      });
      const label = word === 'unique index' ? 'unique' : 'index';
      text = `The ${word} definition refers to the relation fields ${relationFields.join(', ')}. Index definitions must reference only scalar fields. Did you mean \`@@${label}([${suggestion.join(', ')}])\`?`;
    }
    ctx.error(Codes.relationFieldInIndex, msg.model(model.name, text), attribute.span);
    ok = false;
  }
  return ok ? out : null;
}

/** A dotted path into composite types (`address.city`): the first missing step as `name in type T`. */
function missingPath(ctx: ValidationContext, typeName: string | null, path: readonly string[]): string | null {
  let current = typeName;
  for (const step of path) {
    const block = current ? ctx.declarations.compositeTypes.get(current) : undefined;
    if (!block || !current) return `${step}`;
    const field = block.members.find((m) => m.kind === 'Field' && m.name.text === step);
    if (!field || field.kind !== 'Field') return `${step} in type ${current}`;
    current = field.type && ctx.declarations.compositeTypes.has(field.type.name.text) ? field.type.name.text : null;
  }
  return null;
}
