/*
 * Studio page: the schema as a diagram (SVG). A box per model listing its fields and types; a line per
 * relation from the field holding the foreign key (or the list side of a many-to-many) to the model it
 * links, with its cardinality. Clicking a box opens the model's data.
 */
import { el, svg } from './dom.js';
import { typeLabel } from './values.js';

const WIDTH = 240;
const HEAD = 34;
const ROW = 22;
const GAP_X = 120;
const GAP_Y = 48;

export function renderDiagram(schema, open) {
  const models = schema.models;
  if (!models.length) return el('div', { class: 'empty' }, [el('h2', {}, 'No models yet'), el('p', {}, 'Add a model to the schema and run `refract db push`.')]);
  // Enums are drawn as boxes too (their values as rows), after the models.
  const enums = Object.entries(schema.enums).map(([name, values]) => ({ name, kind: 'enum', fields: values.map((v) => ({ name: v, kind: 'value', type: '', isList: false, isRequired: true })) }));
  const nodes = [...models, ...enums];
  const columns = Math.max(1, Math.min(4, Math.ceil(Math.sqrt(nodes.length))));
  const boxes = new Map();
  const colY = new Array(columns).fill(40);
  nodes.forEach((model, i) => {
    const col = i % columns;
    const height = HEAD + model.fields.length * ROW + 10;
    const box = { x: 40 + col * (WIDTH + GAP_X), y: colY[col], w: WIDTH, h: height, model };
    colY[col] += height + GAP_Y;
    boxes.set(model.name, box);
  });
  const width = 40 + columns * (WIDTH + GAP_X);
  const height = Math.max(...colY) + 20;
  const lines = [];
  const drawn = new Set();
  for (const model of models) {
    model.fields.forEach((field, index) => {
      if (field.kind !== 'relation') return;
      const owning = (field.relationFields?.length ?? 0) > 0;
      const manyToMany = field.isList && target(schema, field)?.isList;
      if (!owning && !manyToMany) return;
      const key = [model.name, field.name, field.type, field.backRelation].join('|');
      const back = [field.type, field.backRelation, model.name, field.name].join('|');
      if (drawn.has(back)) return;
      drawn.add(key);
      const from = boxes.get(model.name);
      const to = boxes.get(field.type);
      if (!from || !to) return;
      lines.push(relationLine(from, index, to, field, manyToMany ? 'n:m' : target(schema, field)?.isList ? 'n:1' : '1:1'));
    });
  }
  for (const model of models) {
    model.fields.forEach((field, index) => {
      const from = boxes.get(model.name);
      const to = field.kind === 'enum' ? boxes.get(field.type) : null;
      if (from && to) lines.push(relationLine(from, index, to, { name: '' }, '', 'enum-line'));
    });
  }
  const drawnBoxes = [...boxes.values()].map((box) => modelBox(box, open));
  const drawing = svg('svg', { class: 'diagram', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Schema diagram', 'data-testid': 'diagram' }, [
    svg('defs', {}, [svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '8', markerHeight: '8', orient: 'auto-start-reverse' }, [svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow' })])]),
    ...lines,
    ...drawnBoxes,
  ]);
  return el('div', { class: 'diagram-wrap' }, drawing);
}

/** The field on the other side of a relation, from the related model. */
function target(schema, field) {
  const other = schema.models.find((m) => m.name === field.type);
  return other?.fields.find((f) => f.name === field.backRelation) ?? null;
}

function relationLine(from, index, to, field, cardinality, kind = 'relation-line') {
  const y1 = from.y + HEAD + index * ROW + ROW / 2;
  const rightward = to.x >= from.x + from.w / 2;
  const self = from === to;
  const x1 = rightward || self ? from.x + from.w : from.x;
  const x2 = self ? to.x + to.w : rightward ? to.x : to.x + to.w;
  const y2 = to.y + HEAD / 2;
  const bend = self ? 60 : Math.max(40, Math.abs(x2 - x1) / 2);
  const c1 = x1 + (rightward || self ? bend : -bend);
  const c2 = x2 + (self ? bend : rightward ? -bend : bend);
  const d = `M ${x1} ${y1} C ${c1} ${y1}, ${c2} ${y2}, ${x2} ${y2}`;
  const mx = (x1 + x2) / 2 + (self ? bend : 0);
  const my = (y1 + y2) / 2;
  return svg('g', { class: 'relation' }, [
    svg('path', { d, class: kind, 'marker-end': kind === 'relation-line' ? 'url(#arrow)' : undefined }),
    svg('circle', { cx: x1, cy: y1, r: 3.5, class: kind === 'relation-line' ? 'relation-dot' : 'enum-dot' }),
    cardinality ? svg('text', { x: mx, y: my - 6, class: 'relation-label', 'text-anchor': 'middle' }, [`${field.name} ${cardinality}`]) : null,
  ]);
}

function modelBox(box, open) {
  const { model } = box;
  const rows = model.fields.map((field, i) => {
    const y = box.y + HEAD + i * ROW;
    const kind = field.isId ? 'id' : field.kind === 'relation' ? 'rel' : field.kind === 'enum' ? 'enum' : field.kind === 'value' ? 'value' : 'plain';
    return svg('g', { class: `field ${kind}` }, [
      i % 2 ? svg('rect', { x: box.x + 1, y, width: box.w - 2, height: ROW, class: 'field-stripe' }) : null,
      svg('text', { x: box.x + 12, y: y + 15, class: 'field-name' }, [field.name, field.isId ? svg('tspan', { class: 'pk', dx: 6 }, ['PK']) : null, field.isUnique && !field.isId ? svg('tspan', { class: 'pk uq', dx: 6 }, ['UNIQUE']) : null]),
      field.kind === 'value' ? null : svg('text', { x: box.x + box.w - 12, y: y + 15, class: 'field-type', 'text-anchor': 'end' }, [typeLabel(field)]),
    ]);
  });
  const isEnum = model.kind === 'enum';
  const group = svg('g', isEnum ? { class: 'enum-box', 'data-enum': model.name } : { class: 'model-box', tabindex: '0', 'data-model': model.name, role: 'button', 'aria-label': `Open ${model.name}` }, [
    svg('rect', { x: box.x, y: box.y, width: box.w, height: box.h, rx: 8, class: 'box' }),
    svg('path', { d: `M ${box.x} ${box.y + HEAD} V ${box.y + 8} Q ${box.x} ${box.y} ${box.x + 8} ${box.y} H ${box.x + box.w - 8} Q ${box.x + box.w} ${box.y} ${box.x + box.w} ${box.y + 8} V ${box.y + HEAD} Z`, class: 'box-head' }),
    svg('text', { x: box.x + 12, y: box.y + 22, class: 'model-name' }, [model.name]),
    svg('text', { x: box.x + box.w - 12, y: box.y + 22, class: 'model-kind', 'text-anchor': 'end' }, [model.kind === 'model' ? '' : model.kind]),
    ...rows,
  ]);
  if (isEnum) return group;
  group.addEventListener('click', () => open(model.name));
  group.addEventListener('keydown', (e) => e.key === 'Enter' && open(model.name));
  return group;
}
