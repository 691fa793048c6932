import type { LintedFile, LintRunResult } from '@strata/core';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations on
 * the pull request: `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message`
 * (1-based; `uriOf` gives the repository-relative path GitHub expects).
 */
export function formatGithub(result: LintRunResult, uriOf: (file: LintedFile) => string): string[] {
  return result.files.flatMap((file) =>
    file.findings.map((f) => {
      const props = [
        `file=${property(uriOf(file))}`,
        `line=${f.start.line + 1}`,
        `col=${f.start.character + 1}`,
        `endLine=${f.end.line + 1}`,
        `endColumn=${f.end.character + 1}`,
        `title=${property(f.code)}`,
      ];
      return `::${COMMAND[f.severity]} ${props.join(',')}::${data(f.message)}`;
    }),
  );
}

/** The escaping of @actions/core: a message may not break the command line. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also may not contain the `:` and `,` that delimit properties. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
