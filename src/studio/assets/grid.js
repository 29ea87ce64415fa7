/*
 * Studio page: the data grid. A column per field with its type; cells show values by type (long ones
 * truncated, the whole value one click away); relation cells link to the related records. Keyboard:
 * arrows move between cells, Enter edits, Escape cancels, Space shows the whole value.
 */
import { el } from './dom.js';
import { editJsonDialog, linkText, pickRecord, showValue, whereOf } from './dialogs.js';
import { display, editText, isNumeric, parseInput, typeLabel } from './values.js';

const LONG = 48;
/** A Json column set to SQL NULL (a bare null would mean the JSON value null: Prisma wants DbNull). */
const DB_NULL = { $type: 'DbNull', value: null };

export function columnsOf(model) {
  return model.fields.filter((f) => f.kind !== 'unsupported');
}

export function rowKey(model, row) {
  return JSON.stringify((model.identity?.fields ?? []).map((f) => row[f]));
}

export function canEdit(ctx, field) {
  if (ctx.schema.readOnly || ctx.model.kind === 'view' || !ctx.model.identity) return false;
  if (field.kind === 'relation') return !field.isList && (field.relationFields?.length ?? 0) > 0;
  // Ids address the row being edited: they are shown, not edited.
  return !field.isList && !field.isId;
}

/** The grid element for `ctx.lines` (staged new records first, then the page of rows). */
export function renderGrid(ctx) {
  const { model } = ctx;
  const columns = columnsOf(model);
  const allSelected = ctx.lines.length > 0 && ctx.lines.filter((l) => !l.isNew).every((l) => ctx.selection.has(l.key));
  const head = el('tr', {}, [
    el('th', { class: 'select-col' }, ctx.schema.readOnly ? null : el('input', { type: 'checkbox', 'aria-label': 'Select all rows', checked: allSelected, onchange: (e) => ctx.selectAll(e.target.checked) })),
    ...columns.map((field) => headerCell(ctx, field)),
  ]);
  const body = [];
  ctx.lines.forEach((line, r) => {
    body.push(rowElement(ctx, columns, line, r));
    if (line.error) body.push(el('tr', { class: 'row-error', 'data-testid': 'row-error' }, el('td', { colspan: columns.length + 1 }, [el('span', { class: 'error-code' }, line.error.code ?? 'Error'), ' ', line.error.message])));
  });
  const table = el('table', { class: 'grid', 'data-testid': 'grid', role: 'grid', 'aria-rowcount': ctx.total }, [el('thead', {}, head), el('tbody', {}, body)]);
  table.addEventListener('keydown', (e) => onKey(ctx, columns, e));
  return table;
}

function headerCell(ctx, field) {
  // Scalars sort by value (not Json, Bytes or lists); to-many relations sort by their count.
  const canSort = field.kind === 'relation' ? field.isList : !field.isList && field.type !== 'Json' && field.type !== 'Bytes';
  const sorted = ctx.view.sort?.field === field.name ? ctx.view.sort.dir : null;
  const title = [el('span', { class: 'col-name' }, field.name), el('span', { class: `type-badge${field.kind === 'relation' ? ' rel' : field.kind === 'enum' ? ' enum' : ''}` }, typeLabel(field))];
  if (field.isId) title.push(el('span', { class: 'key-badge', title: 'id' }, 'id'));
  return el('th', { 'data-field': field.name, 'aria-sort': sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none' }, canSort
    ? el('button', { class: `col-head${sorted ? ' sorted' : ''}`, title: `Sort by ${field.name}`, 'data-testid': `sort-${field.name}`, onclick: () => ctx.toggleSort(field.name) }, [...title, el('span', { class: 'sort-mark' }, sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕')])
    : el('div', { class: 'col-head static' }, title));
}

function rowElement(ctx, columns, line, r) {
  const classes = ['row'];
  if (line.isNew) classes.push('row-new');
  if (line.deleted) classes.push('row-deleted');
  if (ctx.selection.has(line.key)) classes.push('row-selected');
  if (line.error) classes.push('row-has-error');
  const check = ctx.schema.readOnly || line.isNew
    ? el('td', { class: 'select-col' }, line.isNew ? el('span', { class: 'new-badge' }, 'new') : null)
    : el('td', { class: 'select-col' }, el('input', { type: 'checkbox', 'aria-label': 'Select row', checked: ctx.selection.has(line.key), onchange: (e) => ctx.select(line.key, e.target.checked) }));
  return el('tr', { class: classes.join(' '), 'data-key': line.key }, [check, ...columns.map((field, c) => cell(ctx, line, field, r, c))]);
}

function cell(ctx, line, field, r, c) {
  const staged = line.staged?.[field.name];
  const value = staged ? staged.value : line.row[field.name];
  const focused = ctx.cursor.r === r && ctx.cursor.c === c;
  const td = el('td', { class: `cell${staged ? ' staged' : ''}${isNumeric(field) ? ' num' : ''}${focused ? ' focused' : ''}`, tabindex: focused ? '0' : '-1', 'data-r': r, 'data-c': c, 'data-field': field.name });
  td.addEventListener('click', () => ctx.setCursor(r, c, false));
  td.addEventListener('dblclick', () => startEdit(ctx, line, field, td));
  if (field.kind === 'relation') {
    td.append(relationCell(ctx, line, field, value));
    return td;
  }
  if (line.isNew && value === undefined && (field.default || field.isUpdatedAt)) {
    // A staged record: the database fills this in on save.
    td.append(el('span', { class: 'cell-text null' }, field.default ?? 'set on save'));
    return td;
  }
  const shown = display(field, value);
  const text = el('span', { class: `cell-text${shown.isNull ? ' null' : ''}`, title: shown.title || (shown.text.length > LONG ? shown.text.slice(0, 500) : '') }, shown.text.length > 400 ? `${shown.text.slice(0, 400)}…` : shown.text);
  td.append(text);
  if (!shown.isNull && (shown.text.length > LONG || field.type === 'Json' || field.type === 'Bytes')) {
    td.append(el('button', { class: 'expand', title: 'Show the whole value', 'aria-label': 'Show the whole value', 'data-testid': 'expand', onclick: (e) => { e.stopPropagation(); showValue(field, value); } }, '⤢'));
  }
  return td;
}

function relationCell(ctx, line, field, value) {
  const target = ctx.schema.models.find((m) => m.name === field.type);
  if (field.isList) {
    const count = line.row._count?.[field.name] ?? 0;
    if (line.isNew) return el('span', { class: 'muted' }, '—');
    const preview = Array.isArray(value) ? value.map((r) => linkText(target, r)).join(', ') : '';
    const more = Array.isArray(value) && count > value.length ? ` +${count - value.length}` : '';
    const text = count ? `${count} · ${preview}${more}` : `0 ${field.type} records`;
    return el('button', { class: `link-chip${count ? '' : ' zero'}`, 'data-testid': `open-${field.name}`, title: `Open the ${count} ${field.type} record${count === 1 ? '' : 's'} of this ${ctx.model.name}`, onclick: (e) => { e.stopPropagation(); ctx.followMany(line.row, field); } }, text);
  }
  if (value === null || value === undefined) return el('span', { class: 'cell-text null' }, 'null');
  return el('button', { class: 'link-chip', 'data-testid': `open-${field.name}`, title: `Open this ${field.type}`, onclick: (e) => { e.stopPropagation(); ctx.followOne(value, field); } }, linkText(target, value));
}

/** Edit one cell with an input fitting its type; Enter or leaving commits, Escape cancels. */
export async function startEdit(ctx, line, field, td) {
  if (!canEdit(ctx, field) || line.deleted) return;
  const staged = line.staged?.[field.name];
  const current = staged ? staged.value : line.row[field.name];
  if (field.kind === 'relation') {
    const target = ctx.schema.models.find((m) => m.name === field.type);
    const picked = await pickRecord(ctx.schema, target, { allowNull: !field.isRequired });
    if (picked === undefined) return ctx.focusCell();
    ctx.stage(line, field, picked, picked === null ? { disconnect: true } : { connect: whereOf(target, picked) });
    return;
  }
  if (field.type === 'Json') {
    const value = await editJsonDialog(field, current);
    if (value === undefined) return ctx.focusCell();
    ctx.stage(line, field, value, value === null ? DB_NULL : value);
    return;
  }
  let input;
  if (field.kind === 'enum' || field.type === 'Boolean') {
    const options = field.kind === 'enum' ? ctx.schema.enums[field.type] ?? [] : ['true', 'false'];
    input = el('select', { class: 'cell-input', 'data-testid': 'cell-editor' }, options.map((v) => el('option', { value: v, selected: String(current) === v }, v)));
  } else if (field.type === 'DateTime') {
    input = el('input', { class: 'cell-input', type: 'datetime-local', step: '1', value: editText(field, current), 'data-testid': 'cell-editor' });
  } else {
    input = el('input', { class: 'cell-input', value: editText(field, current), 'data-testid': 'cell-editor', spellcheck: 'false' });
  }
  const error = el('div', { class: 'cell-error', role: 'alert' });
  const nullButton = field.isRequired ? null : el('button', { class: 'null-button', title: 'Set to null', 'data-testid': 'set-null', onmousedown: (e) => e.preventDefault(), onclick: () => finish('null') }, 'NULL');
  const box = el('div', { class: 'cell-editor' }, [input, nullButton, error]);
  td.replaceChildren(box);
  td.classList.add('editing');
  let done = false;
  function finish(mode) {
    if (done) return;
    if (mode === 'cancel') {
      done = true;
      return ctx.rerender(true);
    }
    if (mode === 'null') {
      done = true;
      return ctx.stage(line, field, null, field.type === 'Json' ? DB_NULL : null);
    }
    try {
      const value = parseInput(field, input.value);
      done = true;
      ctx.stage(line, field, value, value);
    } catch (e) {
      error.textContent = e.message;
      input.focus();
    }
  }
  input.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Enter') { e.preventDefault(); finish('commit'); }
    if (e.key === 'Escape') { e.preventDefault(); finish('cancel'); }
  });
  input.addEventListener('blur', () => setTimeout(() => !done && document.activeElement !== input && finish(error.textContent ? 'cancel' : 'commit'), 0));
  input.focus();
  if (input.select) input.select();
}

function onKey(ctx, columns, e) {
  if (e.target.closest('.cell-editor') || e.target.tagName === 'INPUT' || e.target.tagName === 'BUTTON') {
    if (!(e.target.tagName === 'BUTTON' && e.key.startsWith('Arrow'))) return;
  }
  const { r, c } = ctx.cursor;
  const rows = ctx.lines.length;
  const move = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
  if (move) {
    e.preventDefault();
    ctx.setCursor(Math.max(0, Math.min(rows - 1, r + move[0])), Math.max(0, Math.min(columns.length - 1, c + move[1])), true);
    return;
  }
  const line = ctx.lines[r];
  const field = columns[c];
  if (!line || !field) return;
  if (e.key === 'Enter') {
    e.preventDefault();
    const td = e.currentTarget.querySelector(`td[data-r="${r}"][data-c="${c}"]`);
    if (field.kind === 'relation' && field.isList) ctx.followMany(line.row, field);
    else if (canEdit(ctx, field)) startEdit(ctx, line, field, td);
  } else if (e.key === ' ' && field.kind !== 'relation') {
    e.preventDefault();
    showValue(field, line.staged?.[field.name] ? line.staged[field.name].value : line.row[field.name]);
  } else if (e.key === 'Escape') {
    ctx.rerender(true);
  }
}
