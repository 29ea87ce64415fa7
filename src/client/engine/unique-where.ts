/** WhereUniqueInput: at least one unique field or compound (`slug_lang`) must be given. */
import { validationError } from './fail.js';
import { isPlainObject } from './input-values.js';
import type { ModelInfo } from './schema-index.js';

type Path = readonly (string | number)[];

export function requireUniqueWhere(model: ModelInfo, where: unknown, path: Path): void {
  if (!isPlainObject(where)) throw validationError(path, `Argument \`where\` is missing. Expected ${model.name}WhereUniqueInput.`);
  const ok = model.uniques.some((u) => {
    if (u.fields.length === 1) {
      const v = where[(u.fields[0] ?? { name: '' }).name];
      return v !== undefined && !isPlainObject(v);
    }
    const v = where[u.name];
    return isPlainObject(v) || u.fields.every((f) => where[f.name] !== undefined && !isPlainObject(where[f.name]));
  });
  for (const u of model.uniques) {
    for (const f of u.fields) {
      if (u.fields.length === 1 && where[f.name] === null) throw validationError([...path, f.name], `Argument \`${f.name}\` must not be null.`);
    }
  }
  if (!ok) {
    const options = model.uniques.map((u) => u.name).join(', ');
    throw validationError(path, `Argument \`where\` of type ${model.name}WhereUniqueInput needs at least one of ${options} arguments. Available options are marked with ?.`);
  }
}
