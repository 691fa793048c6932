import type { Dialect } from '../sql/ast';
import { parseFrontMatter } from './front-matter';

/**
 * The dialect a .sql file declares for itself: front matter `dialect`, else flink for
 * `type: streaming`; `fallback` when it says neither (standalone files, editor buffers).
 */
export function declaredDialect(text: string, fallback: Dialect): Dialect {
  const data = parseFrontMatter(text, '').frontMatter?.data ?? {};
  if (data.dialect === 'spark' || data.dialect === 'hive' || data.dialect === 'flink') return data.dialect;
  return data.type === 'streaming' ? 'flink' : fallback;
}
