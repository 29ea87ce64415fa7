/** MongoDB's native types (`@db.*`). */
import type { NativeTypeTable } from './spec.js';
import { t } from './spec.js';

export const MONGODB_NATIVE_TYPES: NativeTypeTable = {
  String: t(['String']),
  Double: t(['Float']),
  Long: t(['Int', 'BigInt']),
  Int: t(['Int']),
  BinData: t(['Bytes']),
  ObjectId: t(['String', 'Bytes']),
  Bool: t(['Boolean']),
  Date: t(['DateTime']),
  Timestamp: t(['DateTime']),
  Json: t(['Json']),
};
