/**
 * The state one validation run shares between the per-declaration validators: the diagnostics found so
 * far, the datasource's provider and relation mode (which many rules depend on), and the declarations by
 * name (from every file of a multi-file schema).
 */
import type { Diagnostic, Span } from '../diagnostics.js';
import { error, warning } from '../diagnostics.js';
import type { Provider, RelationMode } from '../model.js';
import type { Block } from '../syntax.js';
import type { Code } from './codes.js';
import type { ProviderCapabilities } from './providers.js';
import { CAPABILITIES } from './providers.js';

export interface Declarations {
  readonly models: ReadonlyMap<string, Block>;
  readonly enums: ReadonlyMap<string, Block>;
  readonly compositeTypes: ReadonlyMap<string, Block>;
}

export class ValidationContext {
  readonly diagnostics: Diagnostic[] = [];
  provider: Provider | null = null;
  relationMode: RelationMode = 'foreignKeys';
  /** `schemas = [...]` of the datasource, or null when not set. */
  schemas: readonly string[] | null = null;
  /** Preview features of every generator. */
  previewFeatures: ReadonlySet<string> = new Set();
  declarations: Declarations = { models: new Map(), enums: new Map(), compositeTypes: new Map() };

  /** Capabilities of the provider; without a (valid) datasource, PostgreSQL's, the most permissive. */
  get capabilities(): ProviderCapabilities {
    return CAPABILITIES[this.provider ?? 'postgresql'];
  }

  error(code: Code, message: string, span: Span): void {
    this.diagnostics.push(error(code, message, span));
  }

  warn(code: Code, message: string, span: Span): void {
    this.diagnostics.push(warning(code, message, span));
  }
}

/** Prisma's message prefixes, so our wording matches its wording. */
export const msg = {
  attribute: (name: string, text: string) => `Error parsing attribute "${name}": ${text}`,
  model: (model: string, text: string) => `Error validating model "${model}": ${text}`,
  field: (model: string, field: string, text: string) => `Error validating field \`${field}\` in model \`${model}\`: ${text}`,
  validating: (text: string) => `Error validating: ${text}`,
};
