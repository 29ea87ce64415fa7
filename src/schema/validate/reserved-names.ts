/** Names a model cannot have: the client's own exports and JavaScript's reserved words (the client uses model names as identifiers). */
export const RESERVED_MODEL_NAMES: ReadonlySet<string> = new Set([
  'PrismaClient',
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in', 'instanceof',
  'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'static', 'super', 'switch',
  'this', 'throw', 'true', 'try', 'typeof', 'using', 'var', 'void', 'while', 'with', 'yield',
]);
