/**
 * A case-insensitive whole-text pattern where `*` matches any text and every other character
 * stands for itself: the name matching of selectors (`strata test`, `strata run`, `--select`).
 * Pure, so the docs site bundles it too.
 */
export function wildcard(text: string): RegExp {
  return new RegExp(`^${text.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
}
