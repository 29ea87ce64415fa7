/**
 * `onDelete` / `onUpdate`: what the provider (or Prisma's emulation with `relationMode = "prisma"`) can
 * do, Prisma's warnings, and the effective action when none is written.
 */
import type { ReferentialAction } from '../../model.js';
import type { Span } from '../../diagnostics.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import type { FieldDraft, ModelDraft } from '../draft.js';

function checkOne(ctx: ValidationContext, action: ReferentialAction | null, span: Span | null): void {
  if (!action || !span || !ctx.provider) return;
  const caps = ctx.capabilities;
  const emulated = ctx.relationMode === 'prisma';
  const allowed = emulated ? caps.emulatedActions : caps.foreignKeyActions;
  if (!allowed.includes(action)) {
    let text = `Invalid referential action: \`${action}\`. Allowed values: (${allowed.map((a) => `\`${a}\``).join(', ')})`;
    if (emulated && action === 'NoAction' && (ctx.provider === 'sqlite' || ctx.provider === 'postgresql')) {
      text += `. \`NoAction\` is not implemented for ${ctx.provider === 'sqlite' ? 'sqlite' : 'Postgres'} when using \`relationMode = "prisma"\`, you could try using \`Restrict\` instead. Learn more at https://pris.ly/d/relation-mode`;
    }
    ctx.error(Codes.referentialActionUnsupported, msg.validating(text), span);
    return;
  }
  if (!emulated && caps.warnedActions.includes(action)) {
    ctx.warn(
      Codes.referentialActionWarning,
      `${caps.displayName} does not actually support the \`${action}\` referential action, so using it may result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default `,
      span,
    );
  }
}

export function checkReferentialActions(ctx: ValidationContext, model: ModelDraft, field: FieldDraft): void {
  const relation = field.relation;
  if (!relation) return;
  checkOne(ctx, relation.onDelete, relation.onDeleteSpan);
  checkOne(ctx, relation.onUpdate, relation.onUpdateSpan);
  const fkFields = (relation.fields ?? []).map((f) => model.byName.get(f.name));
  const someRequired = fkFields.some((f) => f?.isRequired === true);
  if (!someRequired) return;
  for (const [which, action] of [['onDelete', relation.onDelete], ['onUpdate', relation.onUpdate]] as const) {
    if (action !== 'SetNull') continue;
    // Only PostgreSQL's own foreign keys tolerate it (the database errors at run time); Prisma warns there.
    if (ctx.provider === 'postgresql' && ctx.relationMode === 'foreignKeys') {
      ctx.warn(
        Codes.onDeleteSetNullRequired,
        `The \`${which}\` referential action of a relation should not be set to \`SetNull\` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null `,
        field.node.span,
      );
    } else {
      ctx.error(
        Codes.onDeleteSetNullRequired,
        msg.attribute(
          '@relation',
          `The \`${which}\` referential action of a relation must not be set to \`SetNull\` when a referenced field is required.\nEither choose another referential action, or make the referenced fields optional.\n`,
        ),
        field.node.span,
      );
    }
  }
}

/** Prisma's defaults: onDelete Restrict (required relation) or SetNull (optional); onUpdate Cascade. */
export function effectiveActions(ctx: ValidationContext, field: FieldDraft): { onDelete: ReferentialAction; onUpdate: ReferentialAction } {
  const caps = ctx.capabilities;
  const allowed = ctx.relationMode === 'prisma' ? caps.emulatedActions : caps.foreignKeyActions;
  const restrict: ReferentialAction = allowed.includes('Restrict') ? 'Restrict' : 'NoAction';
  return {
    onDelete: field.relation?.onDelete ?? (field.isRequired ? restrict : 'SetNull'),
    onUpdate: field.relation?.onUpdate ?? 'Cascade',
  };
}
