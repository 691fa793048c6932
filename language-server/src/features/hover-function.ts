import type { Dialect, QualifiedName } from '@strata/core';
import { functionNamed } from '../functions/catalog';

/** A built-in function's name in a call: its call forms in the dialect, then its doc. Undefined for unknown functions (UDFs). */
export function functionHover(dialect: Dialect, name: QualifiedName): string | undefined {
  const last = name.parts[name.parts.length - 1];
  const found = name.parts.length === 1 && last ? functionNamed(dialect, last.name) : undefined;
  return found ? ['```sql', ...found.signatures, '```', found.doc].join('\n') : undefined;
}
