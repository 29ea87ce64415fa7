/**
 * Referential actions that could loop or collide. When Prisma emulates them (`relationMode = "prisma"`,
 * and always on MongoDB) or SQL Server enforces them, a chain of relations whose actions modify rows
 * (Cascade, SetNull, SetDefault) must not come back to where it started: a self-relation, or a cycle
 * through several models. SQL Server also refuses two cascade paths from one table to another.
 */
import type { ReferentialAction, Relation } from '../../model.js';
import { Codes } from '../codes.js';
import type { ValidationContext } from '../context.js';
import { msg } from '../context.js';
import type { FieldDraft, ModelDraft } from '../draft.js';

const LINK = 'Read more at https://pris.ly/d/cyclic-referential-actions';
const MODIFYING: readonly ReferentialAction[] = ['Cascade', 'SetNull', 'SetDefault'];

/** One relation seen from its foreign key: `from` holds the key, `to` is referenced. */
interface Edge {
  readonly from: string;
  readonly to: string;
  readonly field: FieldDraft;
  readonly relation: Relation;
}

function implicitDefaults(edge: Edge): string {
  const parts: string[] = [];
  if (edge.field.relation?.onDelete == null) parts.push(`\`onDelete\`: \`${edge.relation.onDelete}\``);
  if (edge.field.relation?.onUpdate == null) parts.push(`\`onUpdate\`: \`${edge.relation.onUpdate}\``);
  return parts.length ? `(Implicit default ${parts.join(', and ')}) ` : '';
}

function modifying(relation: Relation): boolean {
  return MODIFYING.includes(relation.onDelete) || MODIFYING.includes(relation.onUpdate);
}

export function checkReferentialCycles(ctx: ValidationContext, models: ReadonlyMap<string, ModelDraft>, relations: readonly Relation[]): void {
  const emulated = ctx.relationMode === 'prisma' || ctx.provider === 'mongodb';
  const sqlServer = ctx.provider === 'sqlserver' && !emulated;
  if (!ctx.provider || (!emulated && !sqlServer)) return;
  const edges: Edge[] = [];
  for (const relation of relations) {
    if (relation.kind === 'manyToMany' || !modifying(relation)) continue;
    const field = models.get(relation.referencing.model)?.byName.get(relation.referencing.field);
    if (field) edges.push({ from: relation.referencing.model, to: relation.referenced.model, field, relation });
  }
  for (const edge of edges) {
    const found = walkFrom(edge, edges);
    if (found === 'self') {
      // Reached through any chain of modifying relations, as Prisma reports it: on the relation it started from.
      ctx.error(
        Codes.referentialCycle,
        msg.validating(`A self-relation must have \`onDelete\` and \`onUpdate\` referential actions set to \`NoAction\` in one of the @relation attributes. ${implicitDefaults(edge)}${LINK}`),
        edge.field.node.span,
      );
    } else if (found) {
      const path = found.map((e) => `${e.from}.${e.field.name}`).join(' → ');
      ctx.error(
        Codes.referentialCycle,
        msg.validating(
          `Reference causes a cycle. One of the @relation attributes in this cycle must have \`onDelete\` and \`onUpdate\` referential actions set to \`NoAction\`. Cycle path: ${path}. ${implicitDefaults(edge)}${LINK}`,
        ),
        edge.field.node.span,
      );
    }
  }
  if (sqlServer) checkMultiplePaths(ctx, edges.filter((e) => e.from !== e.to));
}

/**
 * Follows the foreign keys from `start` (depth first, as Prisma does): a self-relation met on the way
 * is reported as `self`; a path back to the model `start` begins in is a cycle.
 */
function walkFrom(start: Edge, edges: readonly Edge[]): Edge[] | 'self' | null {
  const stack: Edge[][] = [[start]];
  while (stack.length) {
    const path = stack.pop() ?? [];
    const last = path[path.length - 1];
    if (!last) continue;
    if (last.from === last.to) return 'self';
    if (path.length > 1 && last.to === start.from) return path;
    for (const next of edges) {
      if (next.from === last.to && !path.includes(next)) stack.push([...path, next]);
    }
  }
  return null;
}

/**
 * SQL Server: a change in one table may reach another through one path of cascading relations only.
 * Paths run against the foreign keys: from the referenced model to the model holding the key.
 */
function checkMultiplePaths(ctx: ValidationContext, edges: readonly Edge[]): void {
  const roots = [...new Set(edges.map((e) => e.to))];
  const reported = new Map<Edge, Set<string>>();
  const targetOf = new Map<Edge, string>();
  for (const root of roots) {
    // Every path from `root`, as the list of its last edges per reached model.
    const lastEdges = new Map<string, Edge[]>();
    const stack: { model: string; seen: readonly string[] }[] = [{ model: root, seen: [root] }];
    while (stack.length) {
      const { model, seen } = stack.pop() ?? { model: '', seen: [] };
      for (const edge of edges) {
        if (edge.to !== model || seen.includes(edge.from)) continue;
        lastEdges.set(edge.from, [...(lastEdges.get(edge.from) ?? []), edge]);
        stack.push({ model: edge.from, seen: [...seen, edge.from] });
      }
    }
    for (const [target, list] of lastEdges) {
      if (list.length < 2) continue;
      for (const edge of new Set(list)) {
        reported.set(edge, (reported.get(edge) ?? new Set()).add(root));
        targetOf.set(edge, target);
      }
    }
  }
  for (const [edge, rootSet] of reported) {
    const names = [...rootSet].sort().map((r) => `\`${r}\``);
    const who = names.length === 1 ? `model ${names[0]} is` : `models ${names.join(', ')} are`;
    ctx.error(
      Codes.referentialCycle,
      msg.validating(
        `When any of the records in ${who} updated or deleted, the referential actions on the relations cascade to model \`${targetOf.get(edge)}\` through multiple paths. Please break one of these paths by setting the \`onUpdate\` and \`onDelete\` to \`NoAction\`. ${implicitDefaults(edge)}${LINK}`,
      ),
      edge.field.node.span,
    );
  }
}
