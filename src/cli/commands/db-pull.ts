/** `db pull`: the live database as schema text, written over the schema file (or printed). */
import fs from 'node:fs';
import { introspect, renderPulledSchema } from '../../migrate/index.js';
import { defineCommand, schemaFlags } from '../command.js';
import { openDatabase } from '../project/database.js';
import { checkSchema, datasourceUrl, loadProject, requireValidSchema, schemaDisplayPath } from '../project/load-project.js';
import { CliError } from '../terminal.js';
import { asCliErrors } from './migrate-shared.js';

export const dbPullCommand = defineCommand({
  name: 'db pull',
  summary: 'Write the schema from the database (introspection)',
  usage:
    'refract db pull [--print] [--force] [--schema <path>]\n\nReads the database and writes its tables as models into the schema, keeping the datasource and\ngenerator blocks. A re-pull keeps the schema\'s own names (@map, @@map, relation names); --force does not.',
  flags: {
    ...schemaFlags,
    print: { kind: 'boolean', description: 'Print the schema instead of writing it' },
    force: { kind: 'boolean', description: 'Ignore the current schema\'s models (names, relation names) and write afresh' },
  },
  async run({ flags }, terminal) {
    const started = performance.now();
    const project = await loadProject({ schema: flags.schema, config: flags.config });
    const schema = requireValidSchema(project, terminal);
    const url = datasourceUrl(project, schema);
    const database = await openDatabase(schema, url, project.location.dir);
    if (!flags.print) terminal.out(`Datasource "${schema.datasource?.name ?? 'db'}": ${database.description}\n\n- Introspecting based on datasource defined in ${schemaDisplayPath(project)}`);
    let text: string;
    let models: number;
    try {
      const schemas = schema.datasource?.schemas ?? [];
      const live = await asCliErrors(() => introspect(database.connection, schema.datasource?.provider ?? 'sqlite', schemas.length > 0 ? schemas : undefined));
      if (live.tables.length === 0) {
        throw new CliError(`Error: P4001\n\nThe introspected database was empty: ${database.description}`);
      }
      models = live.tables.length;
      const previous = flags.force ? undefined : (checkSchema(project).schema ?? undefined);
      text = renderPulledSchema(live, { preamble: preambleOf([...project.sources.values()].map((s) => s.text)), datasourceName: schema.datasource?.name ?? 'db', ...(previous !== undefined ? { previous } : {}) });
    } finally {
      await database.connection.close();
    }
    if (flags.print) {
      terminal.out(text);
      return 0;
    }
    if (project.location.files.length !== 1 || project.location.files[0] !== project.location.path) {
      throw new CliError('`db pull` writes one schema file; this schema is a folder of files. Use --print and place the models yourself.');
    }
    fs.writeFileSync(project.location.path, text);
    const took = Math.round(performance.now() - started);
    terminal.out(`\n✔ Introspected ${models} table${models === 1 ? '' : 's'} and wrote them into ${schemaDisplayPath(project)} in ${took}ms\n\nRun refract generate to generate the client.`);
    return 0;
  },
});

/** The datasource and generator blocks of the schema's files, as written (comments before them kept out). */
export function preambleOf(texts: readonly string[]): string {
  const blocks: string[] = [];
  for (const text of texts) {
    const pattern = /^[ \t]*(datasource|generator)\s+\w+\s*\{/gm;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // These blocks hold no nested braces: the block ends at the first `}` at the start of a line.
      const end = text.indexOf('\n}', match.index);
      blocks.push(text.slice(match.index, end < 0 ? text.length : end + 2).trim());
    }
  }
  return blocks.join('\n\n');
}
