import { readFileSync } from 'node:fs';
import { findProjectRoot } from '@strata/core';
import {
  createConnection, DidChangeWatchedFilesNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  CodeActionKind, type CodeActionParams, type CompletionList, type DocumentDiagnosticReport, type InitializeParams, type TextDocumentIdentifier, type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND } from './features/code-actions';
import { codeLenses } from './features/code-lenses';
import { completion } from './features/completion';
import { definition } from './features/definition';
import { diagnostics } from './features/diagnostics';
import { documentSymbols } from './features/document-symbols';
import { expandStar } from './features/expand-star';
import { formatting } from './features/formatting';
import { hover } from './features/hover';
import { lineageRequest, NO_LINEAGE } from './features/lineage';
import { pullDiagnostics } from './features/pull-diagnostics';
import { qualifyColumn } from './features/qualify-column';
import { references } from './features/references';
import { strictDiagnostics } from './features/strict-diagnostics';
import { prepareRename, rename } from './features/rename';
import { signatureHelp } from './features/signature-help';
import { workspaceSymbols } from './features/workspace-symbols';
import { indexInBackground } from './indexing';
import type { ProjectIndex } from './project-index';
import { fsPath, Projects } from './projects';
import { LineageRequest, StatusNotification } from './protocol';
import { DiagnosticsPublisher } from './publisher';
import { PullRefresher } from './pull-refresher';
import { safely } from './safe';
import { DEFAULT_SETTINGS, readSettings } from './settings';
import type { DocumentSnapshot } from './snapshot';
import { StatusReporter } from './status';

/** Wires the LSP connection to the features; stdout carries the protocol, logs go to the connection. */
export function start(): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  // Files an edit may have changed are re-checked (the publisher is chosen once the client said how it takes diagnostics).
  const projects = new Projects((uris) => publisher.recheck(uris));
  const log = (message: string) => connection.console.log(message);
  let settings = DEFAULT_SETTINGS;
  const configure = (section: unknown) => {
    settings = readSettings(section);
    projects.setDefaultDialect(settings.dialect);
  };
  // Strict validation fails on its own: the other diagnostics stay.
  const strict = safely('strictValidation', log, () => [], strictDiagnostics);
  const checked = (doc: DocumentSnapshot) => [...diagnostics(doc, { lint: settings.lint }), ...(settings.strictValidation ? strict(doc) : [])];
  const computeDiagnostics = safely('diagnostics', log, () => [], checked);
  // Clients that pull diagnostics (LSP 3.17) get none pushed: see onInitialize.
  let publisher: Pick<DiagnosticsPublisher, 'schedule' | 'recheck' | 'scheduleAll'> = new DiagnosticsPublisher(documents, projects, computeDiagnostics, (uri, d, version) => void connection.sendDiagnostics({ uri, version, diagnostics: d }));
  let pull = false;
  let statusWanted = false;
  const status = new StatusReporter((p) => void (statusWanted && connection.sendNotification(StatusNotification, p)), () => projects.indexed().reduce((n, p) => n + p.workspace.files.length, 0));
  // Last line of defence: a bug outside the wrapped features is logged, never fatal.
  process.on('uncaughtException', (error) => log(`uncaught: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => log(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
  let folders: string[] = [];
  let watchable = false;

  const index = (project: ProjectIndex) => {
    if (project.started) return;
    void status.track(indexInBackground(connection, project, log)).then(() => publisher.scheduleAll());
  };
  const snapshot = (doc: TextDocumentIdentifier): DocumentSnapshot | undefined => {
    const open = documents.get(doc.uri);
    return open ? projects.snapshot(doc.uri, open.getText()) : undefined;
  };
  /** A request on one document: unknown documents and failures answer `empty`. */
  const onDocument = <P extends { textDocument: TextDocumentIdentifier }, R>(name: string, empty: () => R, feature: (doc: DocumentSnapshot, params: P) => R) =>
    safely(name, log, empty, (params: P) => {
      const doc = snapshot(params.textDocument);
      return doc ? feature(doc, params) : empty();
    });

  connection.onInitialize((params: InitializeParams) => {
    folders = workspaceFolders(params);
    watchable = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    pull = params.capabilities.textDocument?.diagnostic !== undefined;
    if (pull) publisher = new PullRefresher(connection, params.capabilities.workspace?.diagnostics?.refreshSupport === true, log);
    statusWanted = (params.capabilities.experimental as { strataStatus?: unknown } | undefined)?.strataStatus === true;
    configure(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['.', '{'] },
        hoverProvider: true,
        definitionProvider: true,
        documentSymbolProvider: true,
        documentFormattingProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        experimental: { strataLineage: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
        signatureHelpProvider: { triggerCharacters: ['(', ','], retriggerCharacters: [')'] },
        codeLensProvider: {},
        ...(pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'strata-language-server' },
    };
  });
  connection.onInitialized(() => {
    if (watchable) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.sql' }, { globPattern: '**/strata.yaml' }] });
    for (const folder of folders) {
      const root = findProjectRoot(folder);
      if (root !== undefined) index(projects.project(root));
    }
  });

  connection.onCompletion(onDocument('completion', (): CompletionList => ({ isIncomplete: false, items: [] }), (doc, p) => completion(doc, p.position)));
  connection.onHover(onDocument('hover', () => null, (doc, p) => hover(doc, p.position)));
  connection.onDefinition(onDocument('definition', () => null, (doc, p) => definition(doc, p.position)));
  connection.onDocumentSymbol(onDocument('documentSymbol', () => [], (doc) => documentSymbols(doc)));
  connection.onDocumentFormatting(onDocument('formatting', () => [], (doc) => formatting(doc)));
  connection.onReferences(onDocument('references', () => [], (doc, p) => references(doc, p.position, p.context.includeDeclaration)));
  connection.onWorkspaceSymbol(safely('workspaceSymbol', log, () => [], (p) => workspaceSymbols(projects.indexed(), p.query)));
  connection.onPrepareRename(onDocument('prepareRename', () => null, (doc, p) => prepareRename(doc, p.position)));
  connection.onRenameRequest(onDocument('rename', () => null, (doc, p) => rename(doc, p.position, p.newName)));
  connection.onRequest(LineageRequest, safely('lineage', log, () => NO_LINEAGE, (p) => lineageRequest(p, projects.indexed(), p.uri === undefined ? undefined : snapshot({ uri: p.uri }))));
  const actionsOf = (name: string, feature: typeof codeActions) => onDocument(name, () => [], (doc, p: CodeActionParams) => feature(doc, p.range, p.context.only));
  const actionSources = [actionsOf('codeAction', codeActions), actionsOf('qualifyColumn', qualifyColumn), actionsOf('expandStar', expandStar)];
  connection.onCodeAction((p) => actionSources.flatMap((actions) => actions(p)));
  connection.onSignatureHelp(onDocument('signatureHelp', () => null, (doc, p) => signatureHelp(doc, p.position)));
  connection.onCodeLens(onDocument('codeLens', () => [], (doc) => codeLenses(doc)));
  connection.languages.diagnostics.on(onDocument('pullDiagnostics', (): DocumentDiagnosticReport => ({ kind: 'full', items: [] }), (doc, p) => pullDiagnostics(doc, p.previousResultId, computeDiagnostics)));

  connection.onDidChangeConfiguration(
    safely('didChangeConfiguration', log, () => undefined, ({ settings: changed }) => {
      // Clients that pull configuration send no section here: keep what initialize said.
      const section = (changed as { strata?: unknown } | null | undefined)?.strata;
      if (section === undefined) return;
      configure(section);
      publisher.scheduleAll();
    }),
  );
  documents.onDidChangeContent(
    safely('didChange', log, () => undefined, ({ document }) => {
      const project = projects.projectOf(document.uri);
      if (project) index(project);
      // The edit is indexed when the document is next checked or asked about (`Projects.snapshot`): a burst of changes is indexed once.
      // Other documents it may change are re-checked after it, once it is indexed.
      publisher.schedule(document.uri);
    }),
  );
  documents.onDidClose(
    safely('didClose', log, () => undefined, ({ document }) => {
      if (!pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      projects.close(document.uri, diskText(document.uri));
    }),
  );
  connection.onDidChangeWatchedFiles(
    safely('didChangeWatchedFiles', log, () => undefined, ({ changes }) => {
      // Files changed on disk (a git checkout, a generator): strata.yaml reloads its project, a SQL file is re-indexed.
      const configs = changes.filter((c) => c.uri.endsWith('/strata.yaml'));
      const reloads = new Set(configs.map((c) => projects.projectOf(c.uri)).filter((p) => p !== undefined));
      for (const project of reloads) void status.track(project.load()).then(() => publisher.scheduleAll(), (e: Error) => log(`reload of ${project.root} failed: ${e.message}`));
      for (const change of changes) if (!configs.includes(change)) projects.diskChanged(change.uri, diskText(change.uri));
    }),
  );

  documents.listen(connection);
  connection.listen();
}

function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f: WorkspaceFolder) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(fsPath).filter((p): p is string => p !== undefined);
}

/** The file's text on disk, or undefined when it is gone. */
function diskText(uri: string): string | undefined {
  const file = fsPath(uri);
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
