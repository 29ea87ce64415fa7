// Import hygiene for src/, run by `npm run lint`: no import cycle between modules (type-only imports
// excluded: they vanish at run time), and every import points down the layers of the README:
//   cli -> studio -> generate | migrate | client -> dialects -> schema -> shared
// (a dialect folder never imports another dialect folder). Prints each problem; exits 1 on any.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const LAYERS = { shared: 0, schema: 1, dialects: 2, client: 3, migrate: 3, generate: 4, studio: 5, cli: 6 };
// Same-layer folders that may not import each other.
const SEPARATE = [['client', 'migrate']];
const DIALECT_FOLDERS = new Set(['sqlite', 'postgres', 'mysql']);

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Value imports and re-exports of one file, resolved to .ts files under src/. */
function imports(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found = [];
  for (const node of source.statements) {
    const isImport = ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly;
    const isExport = ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier;
    if (!isImport && !isExport) continue;
    if (isImport && node.importClause?.namedBindings && ts.isNamedImports(node.importClause.namedBindings)) {
      const named = node.importClause.namedBindings.elements;
      if (!node.importClause.name && named.length > 0 && named.every((e) => e.isTypeOnly)) continue;
    }
    const spec = node.moduleSpecifier.text;
    if (!spec.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts');
    if (fs.existsSync(target)) found.push(target);
  }
  return found;
}

function area(file) {
  const [top, sub] = path.relative(src, file).split(path.sep);
  const name = top.endsWith('.ts') ? null : top;
  return { layer: name, dialect: name === 'dialects' && DIALECT_FOLDERS.has(sub) ? sub : null };
}

const problems = [];
const graph = new Map(files(src).map((f) => [f, imports(f)]));
for (const [file, targets] of graph) {
  const from = area(file);
  for (const target of targets) {
    const to = area(target);
    if (!from.layer || !to.layer || from.layer === to.layer) {
      if (from.dialect && to.dialect && from.dialect !== to.dialect) problems.push(`${rel(file)} imports another dialect: ${rel(target)}`);
      continue;
    }
    const separate = SEPARATE.some(([a, b]) => (from.layer === a && to.layer === b) || (from.layer === b && to.layer === a));
    if (LAYERS[to.layer] > LAYERS[from.layer] || separate) problems.push(`${rel(file)} imports ${rel(target)}: src/${from.layer} may not import src/${to.layer}`);
  }
}

// Cycles: depth-first search, each cycle reported once.
const state = new Map();
const stack = [];
const seen = new Set();
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 'open') {
      const cycle = stack.slice(stack.indexOf(next)).map(rel);
      const key = [...cycle].sort().join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        problems.push(`import cycle: ${[...cycle, rel(next)].join(' -> ')}`);
      }
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of graph.keys()) if (!state.has(file)) visit(file);

function rel(file) {
  return path.relative(root, file);
}

for (const p of problems) console.error(p);
console.log(`imports: ${graph.size} files checked, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length ? 1 : 0);
