import fs from 'node:fs';
import { defineCommand } from '../command.js';

export function refractVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export const versionCommand = defineCommand({
  name: 'version',
  summary: 'Print the versions of Refract and its environment',
  usage: 'refract version [--json]',
  flags: {
    json: { kind: 'boolean', description: 'Print JSON' },
    help: { kind: 'boolean', alias: 'h', description: 'Show this help' },
  },
  async run({ flags }, terminal) {
    const rows: Record<string, string> = {
      refract: refractVersion(),
      'query engine': 'none (TypeScript, in process)',
      'schema engine': 'none (TypeScript, in process)',
      node: process.version,
      'operating system': `${process.platform} ${process.arch}`,
    };
    if (flags.json) {
      terminal.out(JSON.stringify(rows, null, 2));
      return 0;
    }
    const width = Math.max(...Object.keys(rows).map((k) => k.length));
    terminal.out(Object.entries(rows).map(([k, v]) => `${`${k}`.padEnd(width)} : ${v}`).join('\n'));
    return 0;
  },
});
