/**
 * Profiling helper: `node --cpu-prof --import tsx bench/profile.ts <op> [rounds]` runs one operation
 * through Refract only, on the SQLite benchmark database (run `npm run bench` once first).
 */
import path from 'node:path';
import { createClientModule } from '../src/client/index.js';
import { parseSchema } from '../src/schema/parser/index.js';
import { validateSchema } from '../src/schema/validate/index.js';
import { northwindSchema } from './northwind-schema.js';
import { prismaApi } from './prisma-api.js';
import { WORK } from './setup.js';

const [op = 'findUnique', roundsText = '2000'] = process.argv.slice(2);
const dir = path.join(WORK, 'sqlite');
const schema = validateSchema([parseSchema({ path: 'schema.prisma', text: northwindSchema('sqlite', { withUrl: false }) }).file]).schema;
if (!schema) throw new TypeError('invalid schema');
const { PrismaClient } = createClientModule(schema, { schemaDir: dir });
const client = new PrismaClient({ datasourceUrl: `file:${path.join(dir, 'bench.db')}` }) as unknown as { $disconnect(): Promise<void> };
const impl = prismaApi(client, 'profile')[op];
if (!impl) throw new TypeError(`no op ${op}`);
const start = performance.now();
for (let i = 0; i < Number(roundsText); i++) await impl(i);
console.log(`${op}: ${((performance.now() - start) / Number(roundsText)).toFixed(3)} ms per call`);
await client.$disconnect();
