/** A misuse of `$extends` (not an object, a model the client does not have). */
export class ExtensionError extends TypeError {
  override readonly name = 'ExtensionError';
}
