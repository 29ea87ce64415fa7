/** Lookups in the validated schema by model and field name. */
import type { Model, Schema } from '../../schema/model.js';
import { InternalError } from '../../shared/internal-error.js';

export function modelOf(schema: Schema, name: string): Model {
  const model = schema.models.find((m) => m.name === name);
  if (model === undefined) throw new InternalError(`validated schema refers to a missing model ${name}`);
  return model;
}

/** A field name (as schema attributes list it) to its column name. */
export function columnName(model: Model, field: string): string {
  const found = model.fields.find((f) => f.name === field);
  if (found === undefined || found.kind === 'relation') throw new InternalError(`validated schema refers to a missing field ${model.name}.${field}`);
  return found.dbName;
}
