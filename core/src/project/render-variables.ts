import { StrataError } from '../errors';
import { LineIndex } from '../text/line-index';
import type { VarDeclaration } from './model';
import { assertValue } from './variables';
import { findVariables, variableProblems } from './variable-refs';

export interface RenderOptions {
  /** Declared patterns the values are checked against (`ProjectConfig.vars`, merged with front matter). */
  declarations?: Record<string, VarDeclaration>;
  /** Project-relative file, for error locations. */
  file?: string;
}

/**
 * Substitutes `${name}` references with their values, for engines. Every value used is checked
 * against its format first; an unknown name, an `${env:...}` or a malformed reference throws
 * `StrataError('variable')` located at the reference.
 */
export function renderVariables(text: string, values: Record<string, string>, options: RenderOptions = {}): string {
  const problem = variableProblems(text, Object.keys(values))[0];
  if (problem) {
    const location = options.file === undefined ? undefined : { file: options.file, ...new LineIndex(text).position(problem.start) };
    const where = location ? '' : ` (at offset ${problem.start})`;
    throw new StrataError('variable', `${problem.message}${where}`, location);
  }
  let out = '';
  let last = 0;
  for (const ref of findVariables(text)) {
    const value = values[ref.name];
    if (ref.context === 'comment' && (ref.env || value === undefined)) continue;
    assertValue(ref.name, value, options.declarations ?? {}, `${ref.name}=`);
    out += text.slice(last, ref.start) + value;
    last = ref.end;
  }
  return out + text.slice(last);
}
