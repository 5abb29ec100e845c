// torch-lsp for VS Code: starts `<python> -m torch_lsp` and adds four commands and a status bar item.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient } from 'vscode-languageclient/node';
import { findInterpreter, getPythonApi, Interpreter, onInterpreterChanged } from './interpreter';
import { createClient, serverLaunch } from './server';
import { ServerStatus, STATUS_NOTIFICATION, StatusItem } from './status';

const OUTPUT_NAME = 'torch-lsp';
const VERIFY_COMMAND = 'torch-lsp.verify';
const DEVICES = ['auto', 'cpu', 'cuda', 'cuda:0', 'mps'];

let output: vscode.OutputChannel;
let status: StatusItem;
let client: LanguageClient | undefined;
let interpreter: Interpreter | undefined;
let extensionPath = '';
let warnedNoTorch = false;
let queue: Promise<void> = Promise.resolve();

function log(message: string): void {
    output.appendLine(`[client ${new Date().toISOString()}] ${message}`);
}

function describe(found: Interpreter): string {
    return [found.command, ...found.args].join(' ');
}

/** Run start/stop/restart one at a time, in order. */
function serialize(task: () => Promise<void>): Promise<void> {
    queue = queue.then(task, task);
    return queue;
}

async function stopServer(): Promise<void> {
    const old = client;
    client = undefined;
    if (old) {
        try {
            await old.stop();
        } catch (error) {
            log(`stopping the server failed: ${String(error)}`);
        }
        await old.dispose().catch(() => undefined);
    }
}

async function startServer(): Promise<void> {
    await stopServer();
    interpreter = await findInterpreter();
    const launch = serverLaunch(extensionPath, interpreter);
    log(`interpreter: ${describe(interpreter)} (from ${interpreter.source}${vscode.workspace.isTrusted ? '' : ', untrusted workspace'})`);
    log(`PYTHONPATH: ${launch.pythonPath}`);
    log(`command: ${[launch.executable.command, ...(launch.executable.args ?? []), '--stdio'].join(' ')} (cwd ${extensionPath})`);
    status.starting(describe(interpreter));

    const started = createClient(launch, output);
    started.onNotification(STATUS_NOTIFICATION, (params: ServerStatus) => onStatus(params));
    client = started;
    try {
        await started.start();
        log('server started');
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`the server did not start: ${message}`);
        status.failed(`${describe(interpreter)}: ${message}`);
        if (client === started) {
            client = undefined;
        }
        await started.dispose().catch(() => undefined);
    }
}

function restart(reason: string, onlyIfInterpreterChanged = false): Promise<void> {
    return serialize(async () => {
        if (onlyIfInterpreterChanged && client && interpreter) {
            const next = await findInterpreter();
            if (describe(next) === describe(interpreter)) {
                return;
            }
        }
        log(`restarting the server (${reason})`);
        await startServer();
    });
}

function onStatus(params: ServerStatus): void {
    const used = interpreter ? describe(interpreter) : '?';
    status.update(params, used);
    if (params.state === 'error' && !params.torchVersion && !warnedNoTorch) {
        warnedNoTorch = true;
        void warnNoTorch(used, params.message);
    }
}

async function warnNoTorch(used: string, detail: string | null | undefined): Promise<void> {
    const selectInterpreter = vscode.l10n.t('Select Interpreter');
    const openSettings = vscode.l10n.t('Open Settings');
    const canSelect = (await vscode.commands.getCommands(true)).includes('python.setInterpreter');
    const message = vscode.l10n.t(
        'torch-lsp: the Python interpreter {0} cannot import torch{1}. Run `pip install torch` in that interpreter, or choose another interpreter with the Python extension or the torchLsp.interpreter setting.',
        used,
        detail ? ` (${detail})` : '',
    );
    const buttons = canSelect ? [selectInterpreter, openSettings] : [openSettings];
    const choice = await vscode.window.showWarningMessage(message, ...buttons);
    if (choice === selectInterpreter) {
        await vscode.commands.executeCommand('python.setInterpreter');
    } else if (choice === openSettings) {
        await vscode.commands.executeCommand('workbench.action.openSettings', 'torchLsp.interpreter');
    }
}

async function verify(): Promise<void> {
    const running = client;
    if (!running || !running.isRunning()) {
        void vscode.window.showWarningMessage(vscode.l10n.t('torch-lsp: the server is not running.'));
        return;
    }
    try {
        const report = await vscode.window.withProgress(
            {
                location: vscode.ProgressLocation.Notification,
                title: vscode.l10n.t('torch-lsp: running every cheat-sheet example…'),
                cancellable: true,
            },
            (_progress, token) =>
                running.sendRequest(ExecuteCommandRequest.type, { command: VERIFY_COMMAND, arguments: [] }, token),
        );
        const content = typeof report === 'string' ? report : JSON.stringify(report, null, 2);
        const document = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
        await vscode.window.showTextDocument(document, { preview: false });
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`${VERIFY_COMMAND} failed: ${message}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('torch-lsp: verification failed: {0}', message));
    }
}

async function selectDevice(): Promise<void> {
    const config = vscode.workspace.getConfiguration('torchLsp');
    const current = config.get<string>('device', 'auto');
    const items: vscode.QuickPickItem[] = DEVICES.map((device) => ({
        label: device,
        description: device === current ? vscode.l10n.t('current') : undefined,
    }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Device for probing tensor shapes') });
    if (!picked) {
        return;
    }
    await config.update('device', picked.label, vscode.ConfigurationTarget.Global);
    const inspected = config.inspect<string>('device');
    if (inspected?.workspaceValue !== undefined || inspected?.workspaceFolderValue !== undefined) {
        void vscode.window.showInformationMessage(
            vscode.l10n.t('torch-lsp: the workspace settings set torchLsp.device too, and they take precedence over the user setting just written.'),
        );
    }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    extensionPath = context.extensionPath;
    output = vscode.window.createOutputChannel(OUTPUT_NAME);
    status = new StatusItem('torchLsp.showOutput');
    context.subscriptions.push(
        output,
        status,
        vscode.commands.registerCommand('torchLsp.restart', () => restart('command')),
        vscode.commands.registerCommand('torchLsp.showOutput', () => output.show(true)),
        vscode.commands.registerCommand('torchLsp.verify', verify),
        vscode.commands.registerCommand('torchLsp.selectDevice', selectDevice),
        vscode.workspace.onDidChangeConfiguration((event) => {
            if (event.affectsConfiguration('torchLsp.interpreter')) {
                void restart('torchLsp.interpreter changed');
            }
        }),
        vscode.workspace.onDidGrantWorkspaceTrust(() => void restart('workspace trusted')),
    );
    if (await getPythonApi()) {
        context.subscriptions.push(
            await onInterpreterChanged(() => void restart('the Python extension changed the interpreter', true)),
        );
    }
    await serialize(startServer);
}

export function deactivate(): Thenable<void> {
    return serialize(stopServer);
}
