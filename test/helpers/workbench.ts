/// <reference lib="dom" />
// The functions given to `evaluate` run in the page, on its DOM.
import type { FrameLocator, Page } from 'playwright-core';

/**
 * Drives VS Code's workbench in a browser page as a person would: keyboard shortcuts, quick open,
 * the command palette, and what the page shows (editor, suggest widget, hover, Problems panel,
 * webviews). Every wait is on a condition, bounded by `TIMEOUT`.
 */
export const TIMEOUT = 30_000;

/** Waits for the workbench to show the explorer of the opened folder. */
export async function openWorkbench(page: Page, url: string, folder: string): Promise<void> {
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: 2 * TIMEOUT });
  await page.locator('.explorer-folders-view').waitFor({ timeout: 2 * TIMEOUT });
}

/** Types `text` into the quick input that `key` opens and picks the row showing `row`. */
async function quickPick(page: Page, key: string, text: string, row: string): Promise<void> {
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget input');
  await input.fill(text);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens `file` (relative to the folder) with quick open and waits for its editor to have focus. */
export async function openFile(page: Page, file: string): Promise<void> {
  const name = file.split('/').pop() as string;
  await quickPick(page, 'Control+P', file, name);
  await page.locator('.tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .monaco-editor.focused').waitFor();
}

/** Runs a command by its title from the command palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await quickPick(page, 'F1', `>${title}`, title);
}

/** Puts the caret at 1-based `line`:`column` with Go to Line (Ctrl+G). */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await caretAt(page, line, column);
}

/** Waits for the status bar to show the caret at `line`:`column`. */
export async function caretAt(page: Page, line: number, column: number): Promise<void> {
  await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
}

/** Replaces the rest of the caret's line with `text`, typed key by key. */
export async function typeOverRestOfLine(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Shift+End');
  await page.keyboard.type(text);
}

/** The labels of the suggest widget once it shows, in its order. */
export async function suggestions(page: Page): Promise<string[]> {
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  await rows.first().waitFor();
  return rows.locator('.label-name').allTextContents();
}

/**
 * Shows the hover at the caret (Ctrl+K Ctrl+I) once it holds `expected`, as lines: a paragraph's
 * text, or a list item as `- text` indented two spaces per level (so the lineage tree shows).
 */
export async function hoverLines(page: Page, expected: string): Promise<string[]> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden) .rendered-markdown', { hasText: expected }).first();
  return hover.evaluate((root) => {
    const lines: string[] = [];
    const walk = (element: Element, depth: number): void => {
      for (const child of Array.from(element.children)) {
        if (child.tagName === 'P') lines.push(child.textContent ?? '');
        if (child.tagName === 'UL') walk(child, depth + 1);
        if (child.tagName !== 'LI') continue;
        const own = Array.from(child.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
        lines.push(`${'  '.repeat(depth - 1)}- ${own}`);
        walk(child, depth);
      }
    };
    walk(root, 0);
    return lines;
  });
}

/** A row of the Problems panel: what a screen reader says, and the lines it shows. */
export interface ProblemRow {
  label: string;
  text: string[];
}

/** The rows of the Problems panel (a file, then its problems) once one shows `expected`. */
export async function problems(page: Page, expected: string): Promise<ProblemRow[]> {
  await runCommand(page, 'View: Focus Problems');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: expected }).first().waitFor();
  return rows.evaluateAll((elements) => elements.map((e) => ({ label: e.getAttribute('aria-label') ?? '', text: (e as HTMLElement).innerText.split('\n') })));
}

/** The page of the visible webview (VS Code nests it in two iframes). */
export function webview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** The breadcrumbs of the active editor (its folders, file name and the symbols at the caret) once `last` shows. */
export async function breadcrumbs(page: Page, last: string): Promise<string[]> {
  const items = page.locator('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item');
  await items.filter({ hasText: last }).first().waitFor();
  return items.allInnerTexts();
}

/** Gives the first editor group's editor the keyboard (Ctrl+1). */
export async function focusEditor(page: Page): Promise<void> {
  await page.keyboard.press('Control+1');
  await page.locator('.editor-instance .monaco-editor.focused').waitFor();
}
