/**
 * `npm run bench`: Refract measured side by side with its competitors, printed and written to
 * bench/RESULTS.md with the machine and versions. Never part of `npm test`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSchemaSuite } from './schema-suite.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} x ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const sections: string[] = [];
const schema = runSchemaSuite();
console.log(`${schema.table}\n`);
sections.push(schema.table);

const report = `# Benchmark results\n\nMachine: ${machine()}\nDate: ${new Date().toISOString()}\n\n${sections.join('\n\n')}\n`;
fs.writeFileSync(path.join(here, 'RESULTS.md'), report);
console.log(`written to ${path.relative(process.cwd(), path.join(here, 'RESULTS.md'))}`);
