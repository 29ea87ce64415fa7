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
  // Prisma walks a model's relations ordered by the model they reference (declaration order), then as written.
  const order = new Map([...models.keys()].map((name, i) => [name, i]));
  const edgesFrom = groupBy(
    [...edges].sort((a, b) => (order.get(a.to) ?? 0) - (order.get(b.to) ?? 0)),
    (e) => e.from,
  );
  for (const edge of edges) {
    const found = walkFrom(edge, edgesFrom);
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
  if (sqlServer) checkMultiplePaths(ctx, edges, edgesFrom);
}

/** The edges grouped by a key, each group in the order of `edges` (the walks below depend on that order). */
function groupBy(edges: readonly Edge[], key: (edge: Edge) => string): ReadonlyMap<string, readonly Edge[]> {
  const groups = new Map<string, Edge[]>();
  for (const edge of edges) {
    const group = groups.get(key(edge));
    if (group) group.push(edge);
    else groups.set(key(edge), [edge]);
  }
  return groups;
}

const NO_EDGES: readonly Edge[] = [];

/** A path of edges as a linked list from its last edge: extending it does not copy it. */
interface Path {
  readonly last: Edge;
  readonly previous: Path | null;
}

function pathEdges(path: Path): Edge[] {
  const out: Edge[] = [];
  for (let p: Path | null = path; p; p = p.previous) out.push(p.last);
  return out.reverse();
}

/**
 * Follows the foreign keys from `start` depth first, as Prisma does: a self-relation met on the way is
 * reported as `self`; a path back to the model `start` begins in is a cycle. As in Prisma, a relation
 * is followed once per walk (not once per path), so the walk is linear in the relations, and the path
 * reported is the first one found in that order.
 */
function walkFrom(start: Edge, edgesFrom: ReadonlyMap<string, readonly Edge[]>): Edge[] | 'self' | null {
  const visited = new Set<Edge>();
  const stack: Path[] = [{ last: start, previous: null }];
  for (let path = stack.pop(); path; path = stack.pop()) {
    const last = path.last;
    visited.add(last);
    if (last.from === last.to) return 'self';
    if (last.to === start.from) return pathEdges(path);
    for (const next of edgesFrom.get(last.to) ?? NO_EDGES) {
      if (!visited.has(next)) stack.push({ last: next, previous: path });
    }
  }
  return null;
}

/**
 * SQL Server: a change in one table may reach another through one path of cascading relations only.
 * As Prisma checks it, per relation: every path of cascading relations from the relation's model is
 * followed (no relation twice on a path; paths that come back to the model or meet a self-relation are
 * dropped), the models each complete path reaches are collected under the field the path starts with,
 * and the relation is reported when its field reaches a model that another field of the model reaches.
 */
function checkMultiplePaths(ctx: ValidationContext, edges: readonly Edge[], edgesFrom: ReadonlyMap<string, readonly Edge[]>): void {
  for (const relation of edges) {
    const parent = relation.from;
    const reachedByField = new Map<string, Set<string>>();
    const stack: { path: Path; onPath: ReadonlySet<Edge> }[] = [];
    for (const edge of edgesFrom.get(parent) ?? NO_EDGES) stack.push({ path: { last: edge, previous: null }, onPath: new Set() });
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { path } = item;
      const edge = path.last;
      if (edge.from === edge.to || edge.to === parent) continue;
      const onPath = new Set(item.onPath).add(edge);
      const forward = (edgesFrom.get(edge.to) ?? NO_EDGES).filter((next) => !onPath.has(next));
      if (forward.length === 0) {
        const edgesOnPath = pathEdges(path);
        const field = edgesOnPath[0]?.field.name ?? '';
        const reached = reachedByField.get(field) ?? new Set<string>();
        for (const e of edgesOnPath) reached.add(e.to);
        reachedByField.set(field, reached);
        continue;
      }
      for (const next of forward) stack.push({ path: { last: next, previous: path }, onPath });
    }
    const fromThisField = reachedByField.get(relation.field.name);
    if (!fromThisField) continue;
    const reachable = new Set<string>();
    for (const [field, reached] of reachedByField) {
      if (field === relation.field.name) continue;
      for (const model of reached) if (fromThisField.has(model)) reachable.add(model);
    }
    if (reachable.size === 0) continue;
    const names = [...reachable].sort().map((r) => `\`${r}\``);
    const who = names.length === 1 ? `model ${names[0]} is` : `models ${names.join(', ')} are`;
    ctx.error(
      Codes.referentialCycle,
      msg.validating(
        `When any of the records in ${who} updated or deleted, the referential actions on the relations cascade to model \`${parent}\` through multiple paths. Please break one of these paths by setting the \`onUpdate\` and \`onDelete\` to \`NoAction\`. ${implicitDefaults(relation)}${LINK}`,
      ),
      relation.field.node.span,
    );
  }
}
