/*
 * Studio page: showing and parsing values by field type. Values arrive tagged ({ $type, value }) for
 * BigInt, Decimal, Bytes, DateTime and Json, so nothing loses precision in the page.
 */

/** A value the user typed that does not fit its field; the message is shown as is. */
export class InputError extends Error {}

export const isTagged = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && '$type' in v && 'value' in v;

export function base64ToHex(b64) {
  const bin = atob(b64);
  let hex = '';
  for (let i = 0; i < bin.length; i++) hex += bin.charCodeAt(i).toString(16).padStart(2, '0');
  return hex;
}

export function hexToBase64(hex) {
  const clean = hex.replace(/^0x/i, '').replace(/\s+/g, '');
  if (clean.length % 2 || /[^0-9a-f]/i.test(clean)) throw new InputError('Bytes take hex digits in pairs (e.g. 0x48656c6c6f).');
  let bin = '';
  for (let i = 0; i < clean.length; i += 2) bin += String.fromCharCode(parseInt(clean.slice(i, i + 2), 16));
  return btoa(bin);
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** A DateTime in the user's time zone: `2026-11-23 07:30:12`. */
export function localDateTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const ms = d.getMilliseconds() ? `.${pad(d.getMilliseconds(), 3)}` : '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${ms}`;
}

/** For <input type="datetime-local">. */
export function toDateInput(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** One line of text for a grid cell, and a tooltip. */
export function display(field, value) {
  if (value === null || value === undefined) return { text: 'null', title: '', isNull: true };
  if (field.isList && Array.isArray(value)) {
    const parts = value.map((v) => display({ ...field, isList: false }, v).text);
    return { text: `[${parts.join(', ')}]`, title: '' };
  }
  if (isTagged(value)) {
    switch (value.$type) {
      case 'DateTime':
        return { text: localDateTime(value.value), title: `UTC: ${value.value}` };
      case 'Bytes': {
        const hex = base64ToHex(value.value);
        return { text: `0x${hex}`, title: `${hex.length / 2} bytes` };
      }
      case 'Json':
        return { text: JSON.stringify(value.value), title: '' };
      default:
        return { text: String(value.value), title: '' };
    }
  }
  return { text: String(value), title: '' };
}

/** The full value, for the viewer: Json pretty-printed, Bytes as hex and base64, DateTime both ways. */
export function fullText(field, value) {
  if (value === null || value === undefined) return 'null';
  if (isTagged(value)) {
    switch (value.$type) {
      case 'Json':
        return JSON.stringify(value.value, null, 2);
      case 'Bytes':
        return `hex:    0x${base64ToHex(value.value)}\nbase64: ${value.value}`;
      case 'DateTime':
        return `${localDateTime(value.value)} (${Intl.DateTimeFormat().resolvedOptions().timeZone})\n${value.value} (UTC)`;
      default:
        return String(value.value);
    }
  }
  if (Array.isArray(value)) return JSON.stringify(value.map((v) => (isTagged(v) ? v.value : v)), null, 2);
  return String(value);
}

const NUMERIC = new Set(['Int', 'Float', 'BigInt', 'Decimal']);
export const isNumeric = (field) => field.kind === 'scalar' && NUMERIC.has(field.type);

/** Text typed by the user -> the tagged value the API takes; throws with a readable message. */
export function parseInput(field, text) {
  const t = String(text).trim();
  if (field.kind === 'enum') return t;
  switch (field.type) {
    case 'String':
      return String(text);
    case 'Int': {
      if (!/^-?\d+$/.test(t)) throw new InputError(`${field.name} takes a whole number.`);
      return Number(t);
    }
    case 'Float': {
      const n = Number(t);
      if (t === '' || !Number.isFinite(n)) throw new InputError(`${field.name} takes a number.`);
      return n;
    }
    case 'BigInt':
      if (!/^-?\d+$/.test(t)) throw new InputError(`${field.name} takes a whole number.`);
      return { $type: 'BigInt', value: t };
    case 'Decimal':
      if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) throw new InputError(`${field.name} takes a decimal number.`);
      return { $type: 'Decimal', value: t };
    case 'Boolean':
      if (t !== 'true' && t !== 'false') throw new InputError(`${field.name} takes true or false.`);
      return t === 'true';
    case 'DateTime': {
      const d = new Date(t);
      if (t === '' || Number.isNaN(d.getTime())) throw new InputError(`${field.name} takes a date and time.`);
      return { $type: 'DateTime', value: d.toISOString() };
    }
    case 'Json':
      try {
        return { $type: 'Json', value: JSON.parse(t) };
      } catch (e) {
        throw new InputError(`Invalid JSON: ${e.message}`);
      }
    case 'Bytes':
      return { $type: 'Bytes', value: hexToBase64(t) };
    default:
      return t;
  }
}

/** The editor's starting text for a value. */
export function editText(field, value) {
  if (value === null || value === undefined) return '';
  if (isTagged(value)) {
    if (value.$type === 'Json') return JSON.stringify(value.value, null, 2);
    if (value.$type === 'Bytes') return `0x${base64ToHex(value.value)}`;
    if (value.$type === 'DateTime') return toDateInput(value.value);
    return String(value.value);
  }
  return String(value);
}

/** `String?`, `Int`, `Post[]`: how a type reads in a column header. */
export function typeLabel(field) {
  return `${field.type}${field.isList ? '[]' : field.isRequired ? '' : '?'}`;
}
