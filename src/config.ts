/**
 * `refract/config`: the typed project file, `prisma.config.ts`, as Prisma 7 defines it.
 *
 *     import { defineConfig, env } from 'refract/config';   // `prisma/config` works too
 *     export default defineConfig({
 *       schema: 'prisma/schema.prisma',
 *       migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
 *       datasource: { url: env('DATABASE_URL') },
 *     });
 */

export interface RefractConfig {
  /** A schema file or a folder of `.prisma` files, relative to the config file. */
  readonly schema?: string;
  readonly migrations?: {
    readonly path?: string;
    /** The command `db seed` runs. */
    readonly seed?: string;
  };
  readonly datasource?: {
    readonly url?: string;
    readonly directUrl?: string;
    readonly shadowDatabaseUrl?: string;
  };
}

export function defineConfig(config: RefractConfig): RefractConfig {
  return config;
}

export class ConfigEnvError extends Error {
  override readonly name = 'PrismaConfigEnvError';
  constructor(readonly variable: string) {
    super(`Cannot resolve environment variable: ${variable}.`);
  }
}

/** Reads a required environment variable for the config file; a missing one is an error naming it. */
export function env(variable: string): string {
  const value = process.env[variable];
  if (value === undefined || value === '') throw new ConfigEnvError(variable);
  return value;
}
