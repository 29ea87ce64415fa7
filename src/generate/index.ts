/**
 * `refract generate`'s client generator: the validated schema -> a client module folder holding
 * `index.js` (the runtime, configured with the schema), `index.d.ts` (the types) and `package.json`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Generator, Schema } from '../schema/model.js';
import { emitDeclarations } from './emit-dts.js';
import { emitJavaScript } from './emit-js.js';

export { GenerateError } from './model-info.js';
export { emitDeclarations } from './emit-dts.js';
export { emitJavaScript } from './emit-js.js';

const PACKAGE_JSON = { name: '.prisma/client', type: 'module', main: 'index.js', types: 'index.d.ts' };

/** Writes the client for one generator; returns the files written (absolute paths). */
export async function generateClient(options: { schema: Schema; generator: Generator; schemaPath: string; outputDir: string }): Promise<{ files: string[] }> {
  const outputDir = path.resolve(options.outputDir);
  const contents: [string, string][] = [
    ['index.js', emitJavaScript(options.schema, outputDir, options.schemaPath)],
    ['index.d.ts', emitDeclarations(options.schema)],
    ['package.json', `${JSON.stringify(PACKAGE_JSON, null, 2)}\n`],
  ];
  await fs.mkdir(outputDir, { recursive: true });
  const files: string[] = [];
  for (const [name, text] of contents) {
    const file = path.join(outputDir, name);
    await fs.writeFile(file, text);
    files.push(file);
  }
  return { files };
}
