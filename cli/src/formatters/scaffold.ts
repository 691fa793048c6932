/** `✔ wrote <files>` then the commands to run next, one per line. */
export function formatScaffold(written: readonly string[], next: readonly string[]): string {
  const files = written.length === 1 ? written[0] : `${written.length} files:\n${written.map((f) => `  ${f}`).join('\n')}`;
  return `✔ wrote ${files}\n\nNext:\n${next.map((c) => `  ${c}`).join('\n')}`;
}
