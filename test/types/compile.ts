/**
 * Type-test harness: generates a client from a fixture schema into a temp folder, copies usage files
 * next to it and type-checks them all in one TypeScript program (strict, exactOptionalPropertyTypes,
 * the generated .d.ts included). `refract/runtime` maps to the shared types in src/client/types (or
 * to another entry, e.g. the runtime's src/client/index.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { generateClient } from '../../src/generate/index.js';
import type { Schema } from '../../src/schema/model.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const casesDir = path.join(here, 'cases');

export const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts'],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: false,
  paths: { 'refract/runtime': [path.join(repoRoot, 'src/client/types/index.ts')] },
};

export interface Workspace {
  readonly dir: string;
  /** Every diagnostic of the program, by file name relative to `dir` (or absolute outside it). */
  readonly diagnostics: ReadonlyMap<string, readonly string[]>;
  readonly files: readonly string[];
  /** The checker's type instantiation count, and how long checking took. */
  readonly instantiations: number;
  readonly checkMs: number;
}

/** A fresh temp dir with `schema`'s generated client in `client/` and the `sources` (name -> text). */
export async function prepareWorkspace(schema: Schema, sources: ReadonlyMap<string, string>): Promise<{ dir: string; files: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refract-types-'));
  const generator = schema.generators[0];
  if (!generator) throw new TypeError('fixture schema has no generator');
  await generateClient({ schema, generator, schemaPath: path.join(dir, 'schema.prisma'), outputDir: path.join(dir, 'client') });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const files = [...sources].map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  });
  return { dir, files };
}

/** Generates `schema`'s client into a fresh temp dir, writes `sources` (name -> text), type-checks. */
export async function typeCheck(
  schema: Schema,
  sources: ReadonlyMap<string, string>,
  runtimeEntry = 'src/client/types/index.ts',
  overrides: ts.CompilerOptions = {},
  checkAll = false,
): Promise<Workspace> {
  const { dir, files } = await prepareWorkspace(schema, sources);
  const options = { ...compilerOptions, ...overrides, paths: { 'refract/runtime': [path.join(repoRoot, runtimeEntry)] } };
  const program = ts.createProgram([...files, path.join(dir, 'client/index.d.ts')], options);
  const started = performance.now();
  // Only the workspace's files (generated client and usage) unless asked: what they import is checked
  // as far as they use it, and the repo's own tsc checks the sources.
  const all = checkAll
    ? ts.getPreEmitDiagnostics(program)
    : [
        ...program.getGlobalDiagnostics(),
        ...program.getSourceFiles().filter((f) => f.fileName.startsWith(dir)).flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
      ];
  const checkMs = performance.now() - started;
  const diagnostics = new Map<string, string[]>();
  for (const d of all) {
    const name = d.file ? path.relative(dir, d.file.fileName) : '(global)';
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
    const text = `${name}${where ? `(${where.line + 1},${where.character + 1})` : ''}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    diagnostics.set(name, [...(diagnostics.get(name) ?? []), text]);
  }
  return { dir, diagnostics, files, instantiations: program.getInstantiationCount(), checkMs };
}

/** The usage cases: `cases/<name>.ts.txt` -> `<name>.ts` (kept as .txt so the repo's own tsc skips them). */
export function loadCases(): Map<string, string> {
  return new Map(
    fs
      .readdirSync(casesDir)
      .filter((f) => f.endsWith('.ts.txt'))
      .map((f) => [f.replace(/\.txt$/, ''), fs.readFileSync(path.join(casesDir, f), 'utf8')]),
  );
}
