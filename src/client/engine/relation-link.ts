/** The predicate that ties a related row (alias `inner`) to its parent row (alias `outer`). */
import type { CompileContext } from './context.js';
import { column, joinTable } from './context.js';
import type { RelationInfo } from './schema-index.js';

export function relationLink(ctx: CompileContext, rel: RelationInfo, outer: string, inner: string): string {
  const q = ctx.dialect.quoteIdentifier;
  if (rel.kind === 'join') {
    const targetId = rel.target.idFields[0];
    const localId = rel.model.idFields[0];
    if (!targetId || !localId) return '1=0';
    return `${column(ctx, inner, targetId)} IN (SELECT ${q(rel.joinTargetColumn)} FROM ${joinTable(ctx, rel)} WHERE ${q(rel.joinLocalColumn)} = ${column(ctx, outer, localId)})`;
  }
  return rel.localFields.map((local, i) => `${column(ctx, inner, rel.targetFields[i] ?? local)} = ${column(ctx, outer, local)}`).join(' AND ');
}
