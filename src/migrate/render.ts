/** Statements to SQL through the provider's DDL dialect: one string per step, or a migration file. */
import type { RenderedStep } from '../dialects/ddl/dialect.js';
import type { DdlStatement } from '../dialects/ddl/statements.js';
import { ddlDialectFor } from './dialects.js';

/** Each statement's SQL (one step may hold several `;`-terminated SQL statements). */
export function renderStatements(statements: readonly DdlStatement[], provider: string): string[] {
  return renderSteps(statements, provider).map((step) => step.sql);
}

export function renderSteps(statements: readonly DdlStatement[], provider: string): RenderedStep[] {
  const dialect = ddlDialectFor(provider);
  return statements.map((statement) => dialect.render(statement));
}

/**
 * A `migration.sql` as Prisma writes it: an optional `/* Warnings: ... *\/` header, then each step
 * under its `-- Comment` line, steps separated by a blank line.
 */
export function renderMigrationScript(statements: readonly DdlStatement[], provider: string, warnings: readonly string[] = []): string {
  const header = warnings.length === 0 ? '' : `/*\n  Warnings:\n\n${warnings.map((w) => `  - ${w}\n`).join('')}\n*/\n`;
  const body = renderSteps(statements, provider).map((step) => `-- ${step.comment}\n${step.sql}\n`).join('\n');
  return header + body;
}
