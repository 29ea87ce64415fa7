/*
 * Studio page: the application. The URL holds the view (model, filters, join, quick search, sort,
 * page, size, or the diagram), so back/forward work and a view can be shared and reloaded. Edits are
 * staged (per cell, new records, deletions) and saved together; a failed change stays staged with the
 * database's error under its row.
 */
import { api } from './api.js';
import { addRecordDialog, confirmDialog, whereOf } from './dialogs.js';
import { renderDiagram } from './diagram.js';
import { clear, el } from './dom.js';
import { renderFilterBar, toWhere } from './filters.js';
import { columnsOf, renderGrid, rowKey } from './grid.js';
import { isTagged } from './values.js';

const PAGE_SIZES = [25, 50, 100, 200];
const root = document.getElementById('app');

const state = {
  schema: null,
  counts: {},
  view: parseUrl(),
  data: { rows: [], total: 0, loading: true, error: null },
  staged: { updates: new Map(), creates: [], deletes: new Map(), errors: new Map() },
  selection: new Set(),
  cursor: { r: 0, c: 0 },
  showFilters: false,
  saving: false,
  seq: 0,
};

/* ---------- URL <-> view ---------- */

function parseUrl() {
  const p = new URLSearchParams(location.search);
  const sort = p.get('sort');
  const [sortField, sortDir] = sort ? sort.split(':') : [];
  return {
    page: p.get('view') === 'diagram' ? 'diagram' : 'data',
    model: p.get('model'),
    sort: sortField ? { field: sortField, dir: sortDir === 'desc' ? 'desc' : 'asc' } : null,
    pageNo: Math.max(1, Number(p.get('page')) || 1),
    size: PAGE_SIZES.includes(Number(p.get('size'))) ? Number(p.get('size')) : 50,
    filters: p.getAll('f').map((f) => {
      const [field, op, ...rest] = f.split(':');
      return { field, op: op || 'equals', value: rest.join(':') };
    }),
    join: p.get('join') === 'or' ? 'or' : 'and',
    q: p.get('q') ?? '',
  };
}

function toUrl(view) {
  const p = new URLSearchParams();
  if (view.page === 'diagram') p.set('view', 'diagram');
  if (view.model) p.set('model', view.model);
  for (const f of view.filters) p.append('f', `${f.field}:${f.op}:${f.value ?? ''}`);
  if (view.filters.length > 1 && view.join === 'or') p.set('join', 'or');
  if (view.q) p.set('q', view.q);
  if (view.sort) p.set('sort', `${view.sort.field}:${view.sort.dir}`);
  if (view.pageNo > 1) p.set('page', String(view.pageNo));
  if (view.size !== 50) p.set('size', String(view.size));
  const text = p.toString();
  return text ? `?${text}` : location.pathname;
}

function navigate(patch, { replace = false } = {}) {
  const modelChanged = patch.model !== undefined && patch.model !== state.view.model;
  state.view = { ...state.view, ...patch };
  if (modelChanged || patch.filters || patch.q !== undefined || patch.sort !== undefined || patch.join) {
    state.selection.clear();
    state.cursor = { r: 0, c: 0 };
  }
  history[replace ? 'replaceState' : 'pushState'](null, '', toUrl(state.view));
  load();
}

window.addEventListener('popstate', () => {
  state.view = parseUrl();
  state.selection.clear();
  load();
});

/* ---------- data ---------- */

const currentModel = () => state.schema?.models.find((m) => m.name === state.view.model) ?? null;

async function refreshCounts() {
  try {
    state.counts = await api.counts();
  } catch {
    /* the grid shows the error */
  }
}

async function load() {
  if (!state.schema) return;
  const model = currentModel();
  if (state.view.page === 'diagram' || !model) return render();
  const seq = ++state.seq;
  state.data = { ...state.data, loading: true, error: null };
  render();
  let where;
  try {
    where = toWhere(state.schema, model, state.view);
  } catch (e) {
    state.data = { rows: [], total: 0, loading: false, error: e.message };
    state.showFilters = true;
    return render();
  }
  const { sort, pageNo, size } = state.view;
  const sortField = sort && model.fields.find((f) => f.name === sort.field);
  const orderBy = sortField ? [sortField.kind === 'relation' ? { [sortField.name]: { _count: sort.dir } } : { [sortField.name]: sort.dir }] : [];
  try {
    const [result] = await Promise.all([api.rows({ model: model.name, where, orderBy, skip: (pageNo - 1) * size, take: size }), refreshCounts()]);
    if (seq !== state.seq) return;
    state.data = { rows: result.rows, total: result.total, loading: false, error: null };
  } catch (e) {
    if (seq !== state.seq) return;
    state.data = { rows: [], total: 0, loading: false, error: e.message };
  }
  render();
}

/* ---------- staging ---------- */

const stageKey = (modelName, key) => `${modelName}|${key}`;

function changeCount() {
  let n = state.staged.creates.length + state.staged.deletes.size;
  for (const u of state.staged.updates.values()) n += Object.keys(u.fields).length;
  return n;
}

function linesOf(model) {
  const { staged } = state;
  const created = staged.creates.filter((c) => c.model === model.name).map((c) => ({ key: c.id, isNew: true, row: c.display, staged: null, error: staged.errors.get(c.id) }));
  const rows = state.data.rows.map((row) => {
    const key = rowKey(model, row);
    const sk = stageKey(model.name, key);
    return { key, row, isNew: false, staged: staged.updates.get(sk)?.fields ?? null, deleted: staged.deletes.has(sk), error: staged.errors.get(`u:${sk}`) ?? staged.errors.get(`d:${sk}`) };
  });
  return [...created, ...rows];
}

function stage(line, field, value, data) {
  const model = currentModel();
  if (line.isNew) {
    const create = state.staged.creates.find((c) => c.id === line.key);
    create.data[field.name] = data;
    create.display[field.name] = value;
  } else {
    const sk = stageKey(model.name, line.key);
    const entry = state.staged.updates.get(sk) ?? { model: model.name, where: whereOf(model, line.row), fields: {} };
    entry.fields[field.name] = { value, data };
    state.staged.updates.set(sk, entry);
    state.staged.errors.delete(`u:${sk}`);
  }
  render(true);
}

function discard() {
  state.staged = { updates: new Map(), creates: [], deletes: new Map(), errors: new Map() };
  render();
}

async function save() {
  if (state.saving || !changeCount()) return;
  const changes = [];
  for (const c of state.staged.creates) changes.push({ id: c.id, kind: 'create', model: c.model, data: c.data });
  for (const [sk, u] of state.staged.updates) changes.push({ id: `u:${sk}`, kind: 'update', model: u.model, where: u.where, data: Object.fromEntries(Object.entries(u.fields).map(([k, f]) => [k, f.data])) });
  for (const [sk, d] of state.staged.deletes) changes.push({ id: `d:${sk}`, kind: 'delete', model: d.model, where: d.where });
  state.saving = true;
  render();
  try {
    const { results } = await api.save(changes);
    let saved = 0;
    const errors = new Map();
    for (const result of results) {
      if (!result.ok) {
        errors.set(result.id, result.error);
        continue;
      }
      saved++;
      if (result.id.startsWith('u:')) state.staged.updates.delete(result.id.slice(2));
      else if (result.id.startsWith('d:')) state.staged.deletes.delete(result.id.slice(2));
      else state.staged.creates = state.staged.creates.filter((c) => c.id !== result.id);
    }
    state.staged.errors = errors;
    const failed = results.length - saved;
    toast(failed ? `${failed} change${failed === 1 ? '' : 's'} failed${saved ? ` (${saved} saved)` : ''}: the database's error is under the row.` : `Saved ${saved} change${saved === 1 ? '' : 's'}.`, failed ? 'error' : 'ok');
    state.selection.clear();
  } catch (e) {
    toast(e.message, 'error');
  } finally {
    state.saving = false;
  }
  await load();
}

/* ---------- actions ---------- */

const filterValue = (v) => (isTagged(v) ? String(v.value) : String(v));

function followOne(value, field) {
  const target = state.schema.models.find((m) => m.name === field.type);
  const ids = target?.identity?.fields ?? [];
  navigate({ page: 'data', model: target.name, filters: ids.map((f) => ({ field: f, op: 'equals', value: filterValue(value[f]) })), join: 'and', q: '', sort: null, pageNo: 1 });
}

function followMany(row, field) {
  const model = currentModel();
  const target = state.schema.models.find((m) => m.name === field.type);
  const back = target.fields.find((f) => f.name === field.backRelation);
  const ids = model.identity?.fields ?? [];
  if (!back || ids.length !== 1) return;
  navigate({ page: 'data', model: target.name, filters: [{ field: back.name, op: back.isList ? 'some' : 'is', value: filterValue(row[ids[0]]) }], join: 'and', q: '', sort: null, pageNo: 1 });
}

async function addRecord() {
  const model = currentModel();
  const result = await addRecordDialog(state.schema, model);
  if (!result) return;
  state.staged.creates.unshift({ id: `new:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, model: model.name, data: result.data, display: result.display });
  render();
}

async function deleteSelected() {
  const model = currentModel();
  const rows = state.data.rows.filter((row) => state.selection.has(rowKey(model, row)));
  if (!rows.length) return;
  const ok = await confirmDialog(`Delete ${rows.length} ${model.name} record${rows.length === 1 ? '' : 's'}?`, `The deletion is staged: the record${rows.length === 1 ? ' is' : 's are'} removed from the database when you save.`, `Delete ${rows.length}`);
  if (!ok) return;
  for (const row of rows) state.staged.deletes.set(stageKey(model.name, rowKey(model, row)), { model: model.name, where: whereOf(model, row) });
  state.selection.clear();
  render();
}

let toastTimer;
function toast(message, kind) {
  document.querySelector('.toast')?.remove();
  const node = el('div', { class: `toast ${kind}`, role: 'status', 'data-testid': 'toast' }, message);
  document.body.append(node);
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => node.remove(), 4000);
}

/* ---------- rendering ---------- */

function render(focusCell = false) {
  const active = document.activeElement?.getAttribute?.('data-focus-key');
  const caret = active ? document.activeElement.selectionStart : null;
  clear(root).append(el('div', { class: 'app' }, [sidebar(), el('main', { class: 'main' }, state.view.page === 'diagram' ? diagramPage() : dataPage())]));
  if (active) {
    const node = root.querySelector(`[data-focus-key="${active}"]`);
    if (node) {
      node.focus();
      if (caret !== null && node.setSelectionRange) node.setSelectionRange(caret, caret);
    }
  } else if (focusCell) focusCursor();
}

function focusCursor() {
  root.querySelector(`td[data-r="${state.cursor.r}"][data-c="${state.cursor.c}"]`)?.focus();
}

function sidebar() {
  const models = state.schema?.models ?? [];
  const provider = { sqlite: 'SQLite', postgresql: 'PostgreSQL', mysql: 'MySQL' }[state.schema?.provider] ?? state.schema?.provider ?? '';
  return el('aside', { class: 'sidebar' }, [
    el('div', { class: 'brand' }, [el('span', { class: 'logo', 'aria-hidden': 'true' }, '◆'), el('span', {}, 'Refract Studio')]),
    el('nav', { class: 'nav', 'aria-label': 'Views' }, [
      el('button', { class: `nav-item${state.view.page === 'diagram' ? ' active' : ''}`, 'data-testid': 'nav-diagram', onclick: () => navigate({ page: 'diagram' }) }, [el('span', { class: 'nav-icon' }, '⬡'), 'Schema diagram']),
    ]),
    el('div', { class: 'nav-title' }, `Models · ${models.length}`),
    el('nav', { class: 'nav models', 'aria-label': 'Models' }, models.map((m) => el('button', {
      class: `nav-item${state.view.page === 'data' && state.view.model === m.name ? ' active' : ''}`,
      'data-testid': `model-${m.name}`,
      onclick: () => navigate({ page: 'data', model: m.name, filters: [], q: '', sort: null, pageNo: 1, join: 'and' }),
    }, [el('span', { class: 'nav-label' }, m.name), m.kind === 'view' ? el('span', { class: 'tag' }, 'view') : null, el('span', { class: 'count', 'data-testid': `count-${m.name}` }, state.counts[m.name] === undefined ? '…' : state.counts[m.name].toLocaleString())]))),
    el('div', { class: 'sidebar-foot' }, [el('span', { class: 'db-dot' }), provider, state.schema?.readOnly ? el('span', { class: 'tag warn' }, 'read-only') : null]),
  ]);
}

function diagramPage() {
  document.title = 'Schema · Refract Studio';
  return [
    el('header', { class: 'toolbar' }, [el('div', { class: 'title' }, [el('h1', {}, 'Schema diagram'), el('span', { class: 'muted' }, `${state.schema.models.length} models · ${Object.keys(state.schema.enums).length} enums · click a model to open its data`)])]),
    el('div', { class: 'content' }, renderDiagram(state.schema, (name) => navigate({ page: 'data', model: name, filters: [], q: '', sort: null, pageNo: 1 }))),
  ];
}

function dataPage() {
  const model = currentModel();
  if (!model) {
    return [el('div', { class: 'content' }, el('div', { class: 'empty' }, [el('h2', {}, state.schema.models.length ? 'Choose a model' : 'This schema has no models'), el('p', {}, state.schema.models.length ? 'Pick a model on the left to browse its records.' : 'Add a model to the schema and run `refract db push`.')]))];
  }
  document.title = `${model.name} · Refract Studio`;
  const { view, data } = state;
  const readOnly = state.schema.readOnly || model.kind === 'view' || !model.identity;
  const selected = state.selection.size;
  const filterCount = view.filters.length;
  const search = el('input', { class: 'input search', type: 'search', placeholder: 'Search text columns…', 'aria-label': 'Quick search', value: view.q, 'data-focus-key': 'search', 'data-testid': 'search' });
  let searchTimer;
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => navigate({ q: search.value, pageNo: 1 }, { replace: true }), 300);
  });
  const toolbar = el('header', { class: 'toolbar' }, [
    el('div', { class: 'title' }, [el('h1', { 'data-testid': 'model-title' }, model.name), el('span', { class: 'muted', 'data-testid': 'total' }, data.loading ? 'loading…' : `${data.total.toLocaleString()} record${data.total === 1 ? '' : 's'}${filterCount || view.q ? ' match' : ''}`)]),
    el('div', { class: 'tools' }, [
      search,
      el('button', { class: `button${filterCount || state.showFilters ? ' on' : ''}`, 'data-testid': 'toggle-filters', onclick: () => { state.showFilters = !state.showFilters; if (state.showFilters && !view.filters.length) navigate({ filters: [] }); else render(); } }, [`Filters`, filterCount ? el('span', { class: 'badge' }, String(filterCount)) : null]),
      el('button', { class: 'button', title: 'Reload', 'aria-label': 'Reload', onclick: () => load() }, '⟳'),
      readOnly ? null : el('button', { class: 'button danger-outline', disabled: !selected, 'data-testid': 'delete-selected', onclick: deleteSelected }, selected ? `Delete ${selected}` : 'Delete'),
      readOnly ? null : el('button', { class: 'button primary', 'data-testid': 'add-record', onclick: addRecord }, '+ Add record'),
    ]),
  ]);
  const filters = state.showFilters || filterCount ? renderFilterBar(state.schema, model, view, (patch) => navigate({ ...patch, pageNo: 1 })) : null;
  return [toolbar, filters, el('div', { class: 'content' }, gridArea(model)), footer(model)];
}

function gridArea(model) {
  const { data, view } = state;
  if (data.error) return el('div', { class: 'empty error', 'data-testid': 'load-error' }, [el('h2', {}, 'Could not load the records'), el('p', {}, data.error)]);
  const lines = linesOf(model);
  if (!data.loading && lines.length === 0) {
    const filtered = view.filters.length || view.q;
    return el('div', { class: 'empty', 'data-testid': 'empty' }, filtered
      ? [el('div', { class: 'empty-icon' }, '⌕'), el('h2', {}, 'No records match'), el('p', {}, 'Nothing in this model matches the filters and search.'), el('button', { class: 'button', onclick: () => navigate({ filters: [], q: '', pageNo: 1 }) }, 'Clear filters')]
      : [el('div', { class: 'empty-icon' }, '∅'), el('h2', {}, `No ${model.name} records yet`), el('p', {}, 'This table is empty.'), state.schema.readOnly || !model.identity ? null : el('button', { class: 'button primary', onclick: addRecord }, `+ Add the first ${model.name}`)]);
  }
  const columns = columnsOf(model);
  state.cursor = { r: Math.min(state.cursor.r, Math.max(0, lines.length - 1)), c: Math.min(state.cursor.c, columns.length - 1) };
  const ctx = {
    schema: state.schema,
    model,
    view,
    lines,
    total: data.total,
    selection: state.selection,
    get cursor() {
      return state.cursor;
    },
    toggleSort: (name) => {
      const s = view.sort?.field === name ? view.sort : null;
      navigate({ sort: !s ? { field: name, dir: 'asc' } : s.dir === 'asc' ? { field: name, dir: 'desc' } : null, pageNo: 1 });
    },
    select: (key, on) => {
      if (on) state.selection.add(key);
      else state.selection.delete(key);
      render();
    },
    selectAll: (on) => {
      for (const line of lines) {
        if (line.isNew) continue;
        if (on) state.selection.add(line.key);
        else state.selection.delete(line.key);
      }
      render();
    },
    setCursor: (r, c, focus) => {
      state.cursor = { r, c };
      for (const td of root.querySelectorAll('td.focused')) {
        td.classList.remove('focused');
        td.tabIndex = -1;
      }
      const td = root.querySelector(`td[data-r="${r}"][data-c="${c}"]`);
      if (td) {
        td.classList.add('focused');
        td.tabIndex = 0;
        if (focus) {
          td.focus();
          td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
      }
    },
    focusCell: focusCursor,
    rerender: (focus) => render(focus),
    stage,
    followOne,
    followMany,
  };
  const wrap = el('div', { class: `grid-wrap${data.loading ? ' loading' : ''}` }, renderGrid(ctx));
  return wrap;
}

function footer(model) {
  const { view, data } = state;
  const pages = Math.max(1, Math.ceil(data.total / view.size));
  const from = data.total ? (view.pageNo - 1) * view.size + 1 : 0;
  const to = Math.min(data.total, view.pageNo * view.size);
  const count = changeCount();
  const pager = el('div', { class: 'pager' }, [
    el('span', { class: 'muted', 'data-testid': 'range' }, data.total ? `${from.toLocaleString()}–${to.toLocaleString()} of ${data.total.toLocaleString()}` : '0 records'),
    el('button', { class: 'button small', disabled: view.pageNo <= 1, 'aria-label': 'Previous page', 'data-testid': 'prev-page', onclick: () => navigate({ pageNo: view.pageNo - 1 }) }, '‹'),
    el('span', { class: 'page-no', 'data-testid': 'page-no' }, `Page ${view.pageNo} of ${pages}`),
    el('button', { class: 'button small', disabled: view.pageNo >= pages, 'aria-label': 'Next page', 'data-testid': 'next-page', onclick: () => navigate({ pageNo: view.pageNo + 1 }) }, '›'),
    el('select', { class: 'input small', 'aria-label': 'Rows per page', onchange: (e) => navigate({ size: Number(e.target.value), pageNo: 1 }) }, PAGE_SIZES.map((n) => el('option', { value: n, selected: n === view.size }, `${n} / page`))),
  ]);
  const saveBar = count || state.staged.errors.size
    ? el('div', { class: 'save-bar', 'data-testid': 'save-bar' }, [
        el('span', { class: 'pending' }, count ? `${count} unsaved change${count === 1 ? '' : 's'}` : ''),
        el('button', { class: 'button ghost', disabled: state.saving, 'data-testid': 'discard', onclick: discard }, 'Discard'),
        el('button', { class: 'button primary', disabled: state.saving || !count, 'data-testid': 'save', onclick: save }, state.saving ? 'Saving…' : `Save ${count} change${count === 1 ? '' : 's'}`),
      ])
    : el('div', { class: 'hint keys' }, model.kind === 'view' || state.schema.readOnly ? 'Read-only' : '↑↓←→ move · Enter edit · Esc cancel · Space full value');
  return el('footer', { class: 'statusbar' }, [pager, saveBar]);
}

/* ---------- start ---------- */

async function start() {
  try {
    state.schema = await api.schema();
  } catch (e) {
    clear(root).append(el('div', { class: 'empty error' }, [el('h2', {}, 'Studio could not start'), el('p', {}, e.message)]));
    return;
  }
  if (state.view.page === 'data' && !currentModel() && state.schema.models.length) {
    state.view.model = state.schema.models[0].name;
    history.replaceState(null, '', toUrl(state.view));
  }
  await refreshCounts();
  await load();
}

window.addEventListener('beforeunload', (e) => {
  if (changeCount()) e.preventDefault();
});

start();
