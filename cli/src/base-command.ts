import { Command, Flags, Interfaces, ux } from '@oclif/core';
import { StrataError } from '@strata/core';
import { ExitCode, ExitCodeValue } from './exit-codes';
import { formatError } from './formatters/error';

export type BaseFlags<T extends typeof Command> = Interfaces.InferredFlags<(typeof StrataCommand)['baseFlags'] & T['flags']>;

/**
 * Every strata command: `--json` envelope, `--debug` stack traces, one-line errors, exit codes.
 * Subclasses parse, call one core task, render, and return the typed result that `--json` prints.
 */
export abstract class StrataCommand extends Command {
  static override enableJsonFlag = true;

  static override baseFlags = {
    debug: Flags.boolean({ description: 'Print stack traces of internal errors.', helpGroup: 'GLOBAL' }),
  };

  /** Set by `run()` when the command found problems; becomes the process exit code. */
  protected status: ExitCodeValue = ExitCode.ok;

  protected finish(status: ExitCodeValue): void {
    this.status = status;
    process.exitCode = status;
  }

  /** A spinner on stderr while `work` runs, only on a terminal and never with --json or in CI. */
  protected async withProgress<T>(label: string, work: () => Promise<T>): Promise<T> {
    const show = process.stderr.isTTY && !this.jsonEnabled() && !process.env.CI;
    if (show) ux.action.start(label);
    try {
      return await work();
    } finally {
      if (show) ux.action.stop();
    }
  }

  /**
   * `--json` output as oclif prints it, without oclif's token-by-token colouring pass when no theme
   * colours JSON (the same text): on a 10,000-table plan (75 MB) that pass took longer than planning.
   */
  protected override logJson(json: unknown): void {
    if (this.config.theme?.json !== undefined) return super.logJson(json);
    ux.stdout(JSON.stringify(json, null, 2));
  }

  protected override toSuccessJson(result: unknown): unknown {
    return { status: this.status, result };
  }

  protected override toErrorJson(err: unknown): unknown {
    const error = err instanceof StrataError
      ? { code: err.code, message: err.message, location: err.location, suggestions: err.suggestions }
      : { code: 'internal', message: err instanceof Error ? err.message : String(err) };
    return { status: ExitCode.error, error };
  }

  protected override async catch(err: Error & { oclif?: { exit?: number } }): Promise<unknown> {
    if (!(err instanceof Error)) return super.catch(err);
    // Anything thrown before parsing ended is a flag or argument problem: a usage error, one line.
    const failure = this.parsed ? err : new StrataError('usage', oneLine(err.message));
    // oclif's own exits after parsing (this.exit) keep their behaviour.
    if (this.parsed && err.oclif !== undefined) return super.catch(err);
    process.exitCode = ExitCode.error;
    if (this.jsonEnabled()) {
      this.logJson(this.toErrorJson(failure));
      return;
    }
    const debug = process.argv.includes('--debug');
    this.logToStderr(formatError(failure, debug));
  }
}

/** oclif's multi-line flag errors as one line: `Parsing --project: No directory found at x`. */
function oneLine(message: string): string {
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('See more help'));
  // "The following errors occurred:" lists one problem per line, often the same one twice; the first says it.
  const relevant = /errors? occurred:$/.test(lines[0] ?? '') ? lines.slice(1, 2) : lines;
  return relevant.join(': ').replace(/ *:+ +/g, ': ');
}
