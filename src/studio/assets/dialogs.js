/* Studio page: modal dialogs (native <dialog>): value viewer, confirmation, record picker, Json editor, add-record form. */
import { api } from './api.js';
import { el, clear } from './dom.js';
import { display, editText, fullText, InputError, parseInput, typeLabel } from './values.js';

function modal(title, body, actions, { wide = false, testid } = {}) {
  const dialog = el('dialog', { class: `dialog${wide ? ' wide' : ''}`, 'data-testid': testid });
  dialog.append(el('header', { class: 'dialog-head' }, [el('h2', {}, title), el('button', { class: 'icon-button', 'aria-label': 'Close', onclick: () => dialog.close('cancel') }, '×')]), el('div', { class: 'dialog-body' }, body), el('footer', { class: 'dialog-foot' }, actions));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

export function showValue(field, value) {
  const dialog = modal(`${field.name} · ${typeLabel(field)}`, [el('pre', { class: 'value-view', 'data-testid': 'value-view' }, fullText(field, value))], [el('button', { class: 'button', onclick: () => dialog.close() }, 'Close')], { wide: true, testid: 'value-dialog' });
}

export function confirmDialog(title, message, confirmLabel) {
  return new Promise((resolve) => {
    const ok = el('button', { class: 'button danger', 'data-testid': 'confirm', onclick: () => dialog.close('ok') }, confirmLabel);
    const dialog = modal(title, [el('p', {}, message)], [el('button', { class: 'button ghost', onclick: () => dialog.close('cancel') }, 'Cancel'), ok], { testid: 'confirm-dialog' });
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'));
    ok.focus();
  });
}

/** Json in a textarea, validated as typed; resolves the tagged value, null (set to null), or undefined (cancelled). */
export function editJsonDialog(field, value) {
  return new Promise((resolve) => {
    const error = el('div', { class: 'form-error', role: 'alert' });
    const area = el('textarea', { class: 'input code', rows: 14, spellcheck: 'false', 'data-testid': 'json-editor' });
    area.value = editText(field, value);
    const save = el('button', { class: 'button primary', 'data-testid': 'json-apply', onclick: () => {
      try {
        result = parseInput(field, area.value);
        dialog.close('ok');
      } catch (e) {
        error.textContent = e.message;
      }
    } }, 'Apply');
    const check = () => {
      try {
        parseInput(field, area.value);
        error.textContent = '';
        save.disabled = false;
      } catch (e) {
        error.textContent = e.message;
        save.disabled = true;
      }
    };
    area.addEventListener('input', check);
    area.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save.click();
    });
    let result;
    const setNull = field.isRequired ? null : el('button', { class: 'button', 'data-testid': 'json-null', onclick: () => { result = null; dialog.close('ok'); } }, 'Set to null');
    const dialog = modal(`Edit ${field.name} · ${typeLabel(field)}`, [area, error, el('p', { class: 'hint' }, 'Ctrl+Enter applies, Escape cancels.')], [setNull, el('button', { class: 'button ghost', onclick: () => dialog.close('cancel') }, 'Cancel'), save], { wide: true, testid: 'json-dialog' });
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' ? result : undefined));
    area.focus();
  });
}

/** Pick a record of `model` (search by its text fields); resolves the row, null to unlink, undefined on cancel. */
export function pickRecord(schema, model, { allowNull = false } = {}) {
  return new Promise((resolve) => {
    let picked;
    const list = el('div', { class: 'picker-list', 'data-testid': 'picker-list' });
    const search = el('input', { class: 'input', placeholder: `Search ${model.name}…`, 'data-testid': 'picker-search' });
    const idFields = model.identity?.fields ?? [];
    const load = async () => {
      const q = search.value.trim();
      const text = model.fields.filter((f) => f.kind === 'scalar' && f.type === 'String' && !f.isList);
      const mode = schema.provider === 'postgresql' ? { mode: 'insensitive' } : {};
      const where = q ? { OR: [...text.map((f) => ({ [f.name]: { contains: q, ...mode } })), ...(/^\d+$/.test(q) && idFields.length === 1 && model.fields.find((f) => f.name === idFields[0])?.type === 'Int' ? [{ [idFields[0]]: Number(q) }] : [])] } : {};
      try {
        const { rows } = await api.rows({ model: model.name, where, take: 30 });
        clear(list).append(...(rows.length ? rows.map((row) => el('button', { class: 'picker-item', 'data-testid': 'picker-item', onclick: () => {
          picked = row;
          dialog.close('ok');
        } }, [el('span', { class: 'pill' }, idFields.map((f) => display(model.fields.find((x) => x.name === f), row[f]).text).join(' · ')), ' ', model.labelField && !idFields.includes(model.labelField) ? display(model.fields.find((x) => x.name === model.labelField), row[model.labelField]).text : ''])) : [el('p', { class: 'muted' }, 'No records found.')]));
      } catch (e) {
        clear(list).append(el('p', { class: 'form-error' }, e.message));
      }
    };
    search.addEventListener('input', () => load());
    const actions = [el('button', { class: 'button ghost', onclick: () => dialog.close('cancel') }, 'Cancel')];
    if (allowNull) actions.unshift(el('button', { class: 'button', onclick: () => { picked = null; dialog.close('ok'); } }, 'Set to null'));
    const dialog = modal(`Choose a ${model.name}`, [search, list], actions, { testid: 'picker-dialog' });
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' ? picked : undefined));
    load();
    search.focus();
  });
}

/** The `where` addressing one row by the model's identity. */
export function whereOf(model, row) {
  const id = model.identity;
  if (!id) return null;
  if (id.fields.length === 1) return { [id.fields[0]]: row[id.fields[0]] };
  return { [id.compoundName]: Object.fromEntries(id.fields.map((f) => [f, row[f]])) };
}

function inputFor(schema, field) {
  if (field.kind === 'enum') {
    return el('select', { class: 'input', name: field.name }, [el('option', { value: '' }, field.isRequired ? 'choose…' : '(null / default)'), ...(schema.enums[field.type] ?? []).map((v) => el('option', { value: v }, v))]);
  }
  if (field.type === 'Boolean') return el('select', { class: 'input', name: field.name }, ['', 'true', 'false'].map((v) => el('option', { value: v }, v || '(unset)')));
  if (field.type === 'DateTime') return el('input', { class: 'input', type: 'datetime-local', step: '1', name: field.name });
  if (field.type === 'Json') return el('textarea', { class: 'input code', rows: 3, name: field.name, placeholder: '{ "key": "value" }' });
  return el('input', { class: 'input', name: field.name, placeholder: field.type === 'Bytes' ? '0x…' : '' });
}

/** The add-record form: resolves `{ data, display }` (tagged values, relation connects), or undefined. */
export function addRecordDialog(schema, model) {
  return new Promise((resolve) => {
    const fkFields = new Set(model.fields.filter((f) => f.kind === 'relation' && f.relationFields?.length).flatMap((f) => f.relationFields));
    const scalars = model.fields.filter((f) => f.kind !== 'relation' && f.kind !== 'unsupported' && !fkFields.has(f.name) && !f.isList);
    const links = model.fields.filter((f) => f.kind === 'relation' && !f.isList && f.relationFields?.length);
    const inputs = new Map();
    const picks = new Map();
    const rows = [];
    for (const field of scalars) {
      const input = inputFor(schema, field);
      input.setAttribute('data-field', field.name);
      inputs.set(field.name, input);
      const required = field.isRequired && !field.default && !field.isUpdatedAt;
      rows.push(el('label', { class: 'form-row' }, [
        el('span', { class: 'form-label' }, [field.name, required ? el('span', { class: 'required', title: 'required' }, ' *') : null]),
        el('span', { class: 'type-badge' }, typeLabel(field)),
        input,
        el('span', { class: 'form-hint' }, field.default ? `default: ${field.default}` : field.isUpdatedAt ? 'set on save (@updatedAt)' : required ? 'required' : field.isRequired ? '' : 'optional'),
      ]));
    }
    for (const field of links) {
      const target = schema.models.find((m) => m.name === field.type);
      const shown = el('span', { class: 'muted' }, 'none');
      const button = el('button', { class: 'button', type: 'button', 'data-testid': `pick-${field.name}`, onclick: async (e) => {
        e.preventDefault();
        const row = await pickRecord(schema, target, { allowNull: !field.isRequired });
        if (row === undefined) return;
        if (row === null) picks.delete(field.name);
        else picks.set(field.name, row);
        shown.textContent = row ? linkText(target, row) : 'none';
        shown.className = row ? 'pill' : 'muted';
      } }, `Choose ${field.type}…`);
      rows.push(el('div', { class: 'form-row' }, [
        el('span', { class: 'form-label' }, [field.name, field.isRequired ? el('span', { class: 'required' }, ' *') : null]),
        el('span', { class: 'type-badge' }, typeLabel(field)),
        el('span', { class: 'form-pick' }, [button, shown]),
        el('span', { class: 'form-hint' }, `links a ${field.type} (${field.relationFields.join(', ')})`),
      ]));
    }
    // To-many relations: any number of existing records to connect.
    const manyLinks = model.fields.filter((f) => f.kind === 'relation' && f.isList);
    const manyPicks = new Map(manyLinks.map((f) => [f.name, []]));
    for (const field of manyLinks) {
      const target = schema.models.find((m) => m.name === field.type);
      if (!target?.identity) continue;
      const chosen = el('span', { class: 'form-pick-list' });
      const redraw = () => {
        const list = manyPicks.get(field.name);
        clear(chosen).append(...(list.length ? list.map((row, i) => el('span', { class: 'pill removable' }, [linkText(target, row), el('button', { class: 'pill-x', type: 'button', 'aria-label': 'Remove', onclick: (e) => { e.preventDefault(); list.splice(i, 1); redraw(); } }, '×')])) : [el('span', { class: 'muted' }, 'none')]));
      };
      redraw();
      rows.push(el('div', { class: 'form-row' }, [
        el('span', { class: 'form-label' }, field.name),
        el('span', { class: 'type-badge rel' }, typeLabel(field)),
        el('span', { class: 'form-pick' }, [el('button', { class: 'button', type: 'button', 'data-testid': `pick-${field.name}`, onclick: async (e) => {
          e.preventDefault();
          const row = await pickRecord(schema, target);
          if (!row) return;
          const list = manyPicks.get(field.name);
          if (!list.some((r) => JSON.stringify(whereOf(target, r)) === JSON.stringify(whereOf(target, row)))) list.push(row);
          redraw();
        } }, `Add ${field.type}…`), chosen]),
        el('span', { class: 'form-hint' }, `connects existing ${field.type} records`),
      ]));
    }
    const error = el('div', { class: 'form-error', role: 'alert', 'data-testid': 'form-error' });
    let result;
    const submit = el('button', { class: 'button primary', 'data-testid': 'form-submit', onclick: (e) => {
      e.preventDefault();
      const data = {};
      const shown = {};
      try {
        for (const field of scalars) {
          const input = inputs.get(field.name);
          const raw = input.value;
          const required = field.isRequired && !field.default && !field.isUpdatedAt;
          if (raw === '') {
            if (required) throw new InputError(`${field.name} is required.`);
            continue;
          }
          data[field.name] = parseInput(field, raw);
          shown[field.name] = data[field.name];
        }
        for (const field of links) {
          const row = picks.get(field.name);
          const target = schema.models.find((m) => m.name === field.type);
          if (!row) {
            if (field.isRequired) throw new InputError(`${field.name}: choose a ${field.type}.`);
            continue;
          }
          data[field.name] = { connect: whereOf(target, row) };
          shown[field.name] = row;
        }
        for (const field of manyLinks) {
          const list = manyPicks.get(field.name);
          const target = schema.models.find((m) => m.name === field.type);
          if (list.length) data[field.name] = { connect: list.map((row) => whereOf(target, row)) };
        }
      } catch (err) {
        error.textContent = err.message;
        return;
      }
      result = { data, display: shown };
      dialog.close('ok');
    } }, 'Add record');
    const dialog = modal(`Add ${model.name}`, [el('form', { class: 'form', 'data-testid': 'add-form', onsubmit: (e) => e.preventDefault(), oninput: () => { error.textContent = ''; } }, rows), error, el('p', { class: 'hint' }, 'The record is staged: "Save" writes it with your other changes.')], [el('button', { class: 'button ghost', onclick: () => dialog.close('cancel') }, 'Cancel'), submit], { wide: true, testid: 'add-dialog' });
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' ? result : undefined));
    dialog.querySelector('input, select, textarea')?.focus();
  });
}

export function linkText(target, row) {
  if (!row) return 'null';
  const ids = (target.identity?.fields ?? []).map((f) => display(target.fields.find((x) => x.name === f), row[f]).text).join(' · ');
  const label = target.labelField && !(target.identity?.fields ?? []).includes(target.labelField) ? row[target.labelField] : null;
  return label !== null && label !== undefined ? `#${ids} ${display(target.fields.find((x) => x.name === target.labelField), label).text}` : `#${ids}`;
}
