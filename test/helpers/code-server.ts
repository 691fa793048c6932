import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { kill, processesMarked } from './editors';
import { repoRoot } from './run-cli';

/**
 * code-server (VS Code's workbench and extension host, served over loopback) from the cache folder
 * that scripts/install-code-server.js fills, with its own Node; one instance per test run with
 * fresh user-data and extensions folders. Every process it starts carries a marker in its
 * environment, so `stop` kills them all, extension host and language server included.
 */
export interface CodeServerInstall {
  dir: string;
  version: string;
  node: string;
  entry: string;
  installed: boolean;
}

/** The folders of one run, all under a scratch folder: code-server writes nothing else. */
export interface CodeServerDirs {
  home: string;
  userData: string;
  extensions: string;
}

export interface CodeServer {
  url: string;
  /** What code-server printed so far (stdout and stderr). */
  output(): string;
  /** The command lines of the processes it started that still run (itself included). */
  processes(): string[];
  stop(): void;
}

/** Debian's Chromium, run headless (playwright-core adds that) with no sandbox (root), no GPU, nothing fetched from outside. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const INSTALLER = path.join(repoRoot, 'scripts', 'install-code-server.js');

/** Where the cache holds code-server, as the installer computes it. */
export function codeServerInstall(): CodeServerInstall {
  const check = spawnSync(process.execPath, [INSTALLER, '--check'], { encoding: 'utf8' });
  return JSON.parse(check.stdout) as CodeServerInstall;
}

/** Why the VS Code test cannot run here, or undefined. */
export function whyNotCodeServer(install: CodeServerInstall): string | undefined {
  if (!fs.existsSync(CHROMIUM)) return `chromium is not installed (npm test installs it as root: apt-get install -y chromium)`;
  if (!install.installed) return `code-server ${install.version} is not installed in ${install.dir} (npm test installs it as root; or: node scripts/install-code-server.js)`;
  return undefined;
}

/**
 * Settings that keep the workbench quiet and offline (no welcome page, trust prompt, tips, chat or
 * update checks) and edits in memory, where the server sees them as document changes.
 */
const SETTINGS = {
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.hover.delay': 100,
};

/** The folders of a run under `scratch`, with the user settings in place. */
export function codeServerDirs(scratch: string): CodeServerDirs {
  const dirs = { home: path.join(scratch, 'home'), userData: path.join(scratch, 'user-data'), extensions: path.join(scratch, 'extensions') };
  fs.mkdirSync(dirs.home, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  return dirs;
}

/** code-server's arguments and environment: its Node first on PATH, its config under `dirs.home`. */
function invocation(install: CodeServerInstall, dirs: CodeServerDirs, args: string[]): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: [install.entry, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, ...args],
    env: {
      ...process.env,
      HOME: dirs.home,
      XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
      XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
      PATH: `${path.dirname(install.node)}${path.delimiter}${process.env.PATH}`,
      STRATA_CODE_SERVER_RUN: path.basename(path.dirname(dirs.home)),
    },
  };
}

/** `code-server --install-extension vsix`; throws with its output when it fails. */
export function installExtension(install: CodeServerInstall, vsix: string, dirs: CodeServerDirs): void {
  const { args, env } = invocation(install, dirs, ['--install-extension', vsix]);
  const run = spawnSync(install.node, args, { env, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`code-server --install-extension failed (${run.status ?? run.signal})\n${run.stdout}${run.stderr}`);
}

/** Starts code-server on a free loopback port for `folder`; resolves once it listens. */
export async function startCodeServer(install: CodeServerInstall, folder: string, dirs: CodeServerDirs): Promise<CodeServer> {
  const { args, env } = invocation(install, dirs, [
    '--auth', 'none', '--bind-addr', '127.0.0.1:0', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', folder,
  ]);
  const marker = `STRATA_CODE_SERVER_RUN=${env.STRATA_CODE_SERVER_RUN}`;
  const child = spawn(install.node, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const stop = () => {
    if (child.pid !== undefined) kill(-child.pid);
    for (const pid of processesMarked(marker)) kill(pid);
  };
  const url = await new Promise<string>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => fail('did not listen within 60 s'), 60_000);
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stop();
      reject(new Error(`code-server ${why}\n${output}`));
    };
    const read = (data: string) => {
      output += data;
      const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(listening[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.on('error', (error) => fail(String(error)));
    child.on('exit', (code, signal) => fail(`exited (${code ?? signal}) before listening`));
  });
  const processes = () => processesMarked(marker).map(commandLine).filter((line) => line !== '');
  return { url, output: () => output, processes, stop };
}

/** A process's command line, its arguments joined by spaces ('' once it is gone). */
function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '';
  }
}
