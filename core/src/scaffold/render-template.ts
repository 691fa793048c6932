import { StrataError } from '../errors';

const PLACEHOLDER = /\{\{([a-z_]+)\}\}/g;

/**
 * Fills `{{name}}` placeholders of a template. A placeholder without a value is a bug in the
 * template or its caller, so it fails (naming `where`) rather than leaving `{{...}}` in a file.
 */
export function renderTemplate(text: string, values: Readonly<Record<string, string>>, where: string): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value === undefined) {
      throw new StrataError('internal', `template ${where} has placeholder {{${key}}}, which nothing fills; give it a value or remove it`);
    }
    return value;
  });
}
