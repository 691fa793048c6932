import * as fs from 'node:fs';
import * as path from 'node:path';
import { StrataError } from '../errors';
import { renderTemplate } from './render-template';

/** A file to write: its path relative to the output folder (POSIX) and its text. */
export interface RenderedFile {
  path: string;
  text: string;
}

/** `dot-gitignore` -> `.gitignore`: see templates/README.md. */
function outputName(name: string): string {
  return name.startsWith('dot-') ? `.${name.slice(4)}` : name;
}

/** Reads one template file, failing in one line when the templates folder is incomplete. */
export function readTemplate(templates: string, relative: string): string {
  try {
    return fs.readFileSync(path.join(templates, relative), 'utf8');
  } catch {
    throw new StrataError('internal', `template '${relative}' is missing from ${templates}; reinstall strata`);
  }
}

/** Every file under `templates/<folder>`, its path and text rendered with `values`. */
export function renderTemplateFolder(templates: string, folder: string, values: Readonly<Record<string, string>>): RenderedFile[] {
  const root = path.join(templates, folder);
  if (!fs.existsSync(root)) throw new StrataError('internal', `template folder '${folder}' is missing from ${templates}; reinstall strata`);
  const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return entries
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep))
    .sort((a, b) => a.join('/').localeCompare(b.join('/')))
    .map((parts) => {
      const relative = parts.join('/');
      const shown = parts.map((p) => renderTemplate(outputName(p), values, `${folder}/${relative}`)).join('/');
      return { path: shown, text: renderTemplate(readTemplate(root, relative), values, `${folder}/${relative}`) };
    });
}
