/*
 * Studio page: filters. A filter is { field, op, value } (value is text, as typed or from the URL);
 * `toWhere` turns the list, the AND/OR join and the quick search into a Prisma `where`.
 */
import { InputError, isNumeric, parseInput } from './values.js';
import { el } from './dom.js';

export const OP_LABELS = {
  equals: 'equals',
  not: 'not equals',
  contains: 'contains',
  startsWith: 'starts with',
  endsWith: 'ends with',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  in: 'in (a, b, …)',
  isNull: 'is null',
  notNull: 'is not null',
  is: 'is record (id)',
  some: 'has some',
  none: 'has none',
  has: 'has item',
};

const NO_VALUE = new Set(['isNull', 'notNull']);
export const needsValue = (op) => !NO_VALUE.has(op);

export function opsFor(field) {
  const nullable = !field.isRequired && !field.isList ? ['isNull', 'notNull'] : [];
  if (field.kind === 'relation') return field.isList ? ['some', 'none'] : ['is', ...nullable];
  if (field.isList) return ['has'];
  if (field.kind === 'enum') return ['equals', 'not', 'in', ...nullable];
  if (field.type === 'String') return ['contains', 'equals', 'not', 'startsWith', 'endsWith', 'in', ...nullable];
  if (isNumeric(field)) return ['equals', 'not', 'gt', 'gte', 'lt', 'lte', 'in', ...nullable];
  if (field.type === 'DateTime') return ['equals', 'gt', 'gte', 'lt', 'lte', ...nullable];
  if (field.type === 'Boolean') return ['equals', ...nullable];
  if (field.type === 'Json' || field.type === 'Bytes') return nullable.length ? nullable : ['isNull'];
  return nullable;
}

export function filterableFields(model) {
  return model.fields.filter((f) => f.kind !== 'unsupported' && opsFor(f).length > 0);
}

function targetIdentity(schema, field) {
  const target = schema.models.find((m) => m.name === field.type);
  const idName = target?.identity?.fields.length === 1 ? target.identity.fields[0] : null;
  return idName ? { idName, idField: target.fields.find((f) => f.name === idName) } : null;
}

function one(schema, model, filter) {
  const field = model.fields.find((f) => f.name === filter.field);
  if (!field) throw new InputError(`${model.name} has no field ${filter.field}.`);
  const { op } = filter;
  const jsonish = field.type === 'Json';
  const DB_NULL = { $type: 'DbNull', value: null };
  if (op === 'isNull') {
    if (field.kind === 'relation') return { [field.name]: { is: null } };
    return { [field.name]: jsonish ? { equals: DB_NULL } : null };
  }
  if (op === 'notNull') {
    if (field.kind === 'relation') return { [field.name]: { isNot: null } };
    return { [field.name]: { not: jsonish ? DB_NULL : null } };
  }
  if (field.kind === 'relation') {
    const id = targetIdentity(schema, field);
    const value = String(filter.value ?? '').trim();
    const inner = value && id ? { [id.idName]: parseInput(id.idField, value) } : {};
    if (op === 'is') return { [field.name]: { is: inner } };
    return { [field.name]: { [op]: inner } };
  }
  const scalar = { ...field, isList: false };
  if (op === 'in') {
    const items = String(filter.value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    return { [field.name]: { in: items.map((s) => parseInput(scalar, s)) } };
  }
  const value = parseInput(scalar, filter.value ?? '');
  if (op === 'has') return { [field.name]: { has: value } };
  const insensitive = schema.provider === 'postgresql' && field.type === 'String' && ['contains', 'startsWith', 'endsWith', 'equals'].includes(op);
  return { [field.name]: { [op]: value, ...(insensitive && op !== 'equals' ? { mode: 'insensitive' } : {}) } };
}

/** The `where` of a view; throws (with a message for the user) when a filter value does not parse. */
export function toWhere(schema, model, view) {
  const parts = view.filters.filter((f) => !needsValue(f.op) || String(f.value ?? '') !== '' || f.op === 'some' || f.op === 'none').map((f) => one(schema, model, f));
  const and = [];
  if (parts.length) and.push(view.join === 'or' ? { OR: parts } : { AND: parts });
  const q = (view.q ?? '').trim();
  if (q) {
    const text = model.fields.filter((f) => f.kind === 'scalar' && f.type === 'String' && !f.isList);
    const mode = schema.provider === 'postgresql' ? { mode: 'insensitive' } : {};
    const numeric = /^-?\d+$/.test(q) ? model.fields.filter((f) => f.kind === 'scalar' && f.type === 'Int' && !f.isList && f.isId) : [];
    const any = [...text.map((f) => ({ [f.name]: { contains: q, ...mode } })), ...numeric.map((f) => ({ [f.name]: Number(q) }))];
    and.push(any.length ? { OR: any } : { AND: [{ OR: [] }] });
  }
  return and.length ? { AND: and } : {};
}

/** The filter bar: a row per filter (field, operator, value), the AND/OR join, add and clear. */
export function renderFilterBar(schema, model, view, onChange) {
  const filters = view.filters.map((f) => ({ ...f }));
  const fields = filterableFields(model);
  const commit = () => onChange({ filters: filters.map((f) => ({ ...f })), join: view.join });
  const rows = filters.map((filter, index) => {
    const field = fields.find((f) => f.name === filter.field) ?? fields[0];
    const fieldSelect = el('select', { class: 'input', 'aria-label': 'Field', onchange: (e) => {
      const next = fields.find((f) => f.name === e.target.value);
      filters[index] = { field: next.name, op: opsFor(next)[0], value: '' };
      commit();
    } }, fields.map((f) => el('option', { value: f.name, selected: f.name === field.name }, f.name)));
    const opSelect = el('select', { class: 'input', 'aria-label': 'Operator', onchange: (e) => {
      filters[index] = { ...filters[index], op: e.target.value };
      commit();
    } }, opsFor(field).map((op) => el('option', { value: op, selected: op === filter.op }, OP_LABELS[op])));
    const value = valueInput(schema, field, filter, (v) => {
      filters[index] = { ...filters[index], value: v };
      commit();
    });
    const remove = el('button', { class: 'icon-button', title: 'Remove filter', 'aria-label': 'Remove filter', onclick: () => {
      filters.splice(index, 1);
      commit();
    } }, '×');
    const join = index === 0 ? el('span', { class: 'filter-join muted' }, 'where') : el('span', { class: 'filter-join muted' }, view.join === 'or' ? 'or' : 'and');
    return el('div', { class: 'filter-row', 'data-testid': 'filter-row' }, [join, fieldSelect, opSelect, value, remove]);
  });
  const joinSelect = el('select', { class: 'input', 'aria-label': 'Combine filters', 'data-testid': 'filter-join', onchange: (e) => onChange({ filters, join: e.target.value }) }, [
    el('option', { value: 'and', selected: view.join !== 'or' }, 'Match all (AND)'),
    el('option', { value: 'or', selected: view.join === 'or' }, 'Match any (OR)'),
  ]);
  const add = el('button', { class: 'button', 'data-testid': 'add-filter', onclick: () => {
    const first = fields[0];
    if (!first) return;
    filters.push({ field: first.name, op: opsFor(first)[0], value: '' });
    commit();
  } }, '+ Add filter');
  const clear = filters.length ? el('button', { class: 'button ghost', onclick: () => onChange({ filters: [], join: 'and' }) }, 'Clear all') : null;
  return el('div', { class: 'filter-bar', 'data-testid': 'filter-bar' }, [...rows, el('div', { class: 'filter-actions' }, [add, filters.length > 1 ? joinSelect : null, clear])]);
}

function valueInput(schema, field, filter, set) {
  if (!needsValue(filter.op)) return el('span', { class: 'filter-value-empty' });
  if (field.kind === 'enum' && filter.op !== 'in') {
    return el('select', { class: 'input', 'aria-label': 'Value', onchange: (e) => set(e.target.value) }, [
      el('option', { value: '', selected: !filter.value }, 'choose…'),
      ...(schema.enums[field.type] ?? []).map((v) => el('option', { value: v, selected: v === filter.value }, v)),
    ]);
  }
  if (field.type === 'Boolean') {
    return el('select', { class: 'input', 'aria-label': 'Value', onchange: (e) => set(e.target.value) }, ['', 'true', 'false'].map((v) => el('option', { value: v, selected: v === String(filter.value ?? '') }, v || 'choose…')));
  }
  const placeholder = field.kind === 'relation' ? `${field.type} id${filter.op === 'is' ? '' : ' (empty: any)'}` : filter.op === 'in' ? 'a, b, c' : field.type === 'DateTime' ? 'YYYY-MM-DD HH:MM' : 'value';
  return el('input', { class: 'input', 'aria-label': 'Value', placeholder, value: filter.value ?? '', onchange: (e) => set(e.target.value), onkeydown: (e) => e.key === 'Enter' && e.target.blur() });
}
