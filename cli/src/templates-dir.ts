import * as path from 'node:path';

/** The repository's templates/ folder, beside the cli package (`root` is the CLI's package folder). */
export function templatesDir(root: string): string {
  return path.join(root, '..', 'templates');
}
