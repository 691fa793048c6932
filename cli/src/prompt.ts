import { StrataError } from '@strata/core';

/** One question of `strata init` / `strata new`, answered by its flag, a prompt, or its default. */
export interface Question {
  /** The flag that answers it, without dashes (or the argument's name when `argument`). */
  flag: string;
  argument?: boolean;
  message: string;
  default?: string;
  /** A closed list: a select prompt on a terminal. */
  choices?: readonly string[];
  /** An open list to pick from with type-ahead (tables of the catalog). */
  suggestions?: readonly string[];
  /** With `choices`: pick any number (a checkbox prompt); the answer is a comma list. */
  multiple?: boolean;
}

/**
 * Asks on a terminal and only there: flags win; with --yes, or without a terminal, a question is
 * never shown — it takes its default under --yes, else fails naming the flag to pass (exit 2).
 */
export class Prompter {
  readonly interactive: boolean;

  constructor(private readonly yes: boolean) {
    this.interactive = !yes && process.stdin.isTTY === true && process.stdout.isTTY === true;
  }

  async ask(given: string | undefined, q: Question): Promise<string> {
    if (given !== undefined) return given;
    if (this.interactive) return cancellable(() => this.prompt(q));
    if (this.yes && q.default !== undefined) return q.default;
    const how = q.default === undefined ? '' : `, or --yes to take '${q.default}'`;
    const what = q.argument ? `the ${q.flag.toUpperCase()} argument` : `--${q.flag}`;
    throw new StrataError('usage', `missing ${what} (${q.message.toLowerCase()}); pass it${how} — there is no terminal to ask on`);
  }

  /** Repeats `q` until an empty answer: the columns of a table. */
  async askList(given: string | undefined, q: Question): Promise<string> {
    if (given !== undefined || !this.interactive) return this.ask(given, q);
    const answers: string[] = [];
    for (;;) {
      const answer = await cancellable(() => this.prompt({ ...q, default: answers.length === 0 ? q.default : undefined }));
      if (answer.trim() === '') break;
      answers.push(answer.trim());
    }
    return answers.join(',');
  }

  private async prompt(q: Question): Promise<string> {
    const prompts = await import('@inquirer/prompts');
    if (q.choices && q.multiple) {
      const checked = new Set((q.default ?? '').split(','));
      const picked = await prompts.checkbox({ message: q.message, choices: q.choices.map((c) => ({ value: c, checked: checked.has(c) })), required: true });
      return picked.join(',');
    }
    if (q.choices) return prompts.select({ message: q.message, choices: q.choices.map((c) => ({ value: c })), default: q.default });
    if (q.suggestions) {
      // Best first as given (the default leads); typing narrows to the names containing every word typed.
      const all = q.default !== undefined ? [q.default, ...q.suggestions.filter((s) => s !== q.default)] : q.suggestions;
      return prompts.search({
        message: q.message,
        source: (term) => {
          const words = (term ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
          return all.filter((s) => words.every((w) => s.includes(w))).map((s) => ({ value: s }));
        },
      });
    }
    return prompts.input({ message: q.message, default: q.default });
  }
}

/** Ctrl-C at a prompt: nothing has been written yet, say so in one line. */
async function cancellable(ask: () => Promise<string>): Promise<string> {
  try {
    return await ask();
  } catch (e) {
    if (e instanceof Error && e.name === 'ExitPromptError') throw new StrataError('usage', 'cancelled at a prompt; nothing was written');
    throw e;
  }
}
