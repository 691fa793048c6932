import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';
import { packageRoot } from '../package-root';

/** The site shell's files, bundled from `site/` when the repository is built (scripts/bundle-docs-site.js). */
const ASSETS = ['app.js', 'app.css'];

/** Where the bundled shell lives: core/dist/docs-site. */
function assetsDir(): string {
  return path.join(packageRoot(), 'dist', 'docs-site');
}

/** The shell's files by name; a missing bundle is a broken install, said in one line. */
export function readAssets(): Map<string, Buffer> {
  const dir = assetsDir();
  return new Map(ASSETS.map((name) => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) throw new StrataError('internal', `the docs site shell is missing (${file}); run npm run build`);
    return [name, fs.readFileSync(file)];
  }));
}

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** The page: a strict CSP, the shell and the overview; everything else loads on demand. */
export function indexHtml(project: string): string {
  const title = project.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · strata docs</title>
<link rel="stylesheet" href="assets/app.css">
</head>
<body>
<noscript>This catalog needs JavaScript.</noscript>
<script src="assets/app.js"></script>
<script src="data/overview.js"></script>
</body>
</html>
`;
}
