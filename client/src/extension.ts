// torch-lsp for VS Code: starts `<python> -m torch_lsp` and adds its commands, a status bar item with
// a menu, and a one-time choice of language.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient } from 'vscode-languageclient/node';
import { language, loadTranslations, say } from './i18n';
import { findInterpreter, getPythonApi, Interpreter, onInterpreterChanged } from './interpreter';
import { LeveledChannel } from './log';
import { createClient, serverLaunch } from './server';
import { ServerStatus, STATUS_NOTIFICATION, StatusItem } from './status';

const OUTPUT_NAME = 'torch-lsp';
const VERIFY_COMMAND = 'torch-lsp.verify';
const DEVICES_COMMAND = 'torch-lsp.devices';
/** What the device picker offers while the server cannot say what torch has. */
const FALLBACK_DEVICES = ['auto', 'cpu'];
const LANGUAGE_ASKED = 'torchLsp.languageAsked';

let output: vscode.LogOutputChannel;
let channel: LeveledChannel;
let status: StatusItem;
let storage: vscode.Uri;
let client: LanguageClient | undefined;
let interpreter: Interpreter | undefined;
let extensionPath = '';
let warnedNoTorch = false;
let queue: Promise<void> = Promise.resolve();

function log(message: string): void {
    output.info(message);
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
            output.warn(`stopping the server failed: ${String(error)}`);
        }
        await old.dispose().catch(() => undefined);
    }
}

async function startServer(): Promise<void> {
    await stopServer();
    interpreter = await findInterpreter();
    const launch = serverLaunch(extensionPath, interpreter);
    log(say('Interpreter: {0} (from {1})', describe(interpreter), interpreter.source + (vscode.workspace.isTrusted ? '' : ', untrusted workspace')));
    output.debug(`PYTHONPATH: ${launch.pythonPath}`);
    output.debug(`command: ${[launch.executable.command, ...(launch.executable.args ?? []), '--stdio'].join(' ')} (cwd ${extensionPath})`);
    status.starting(describe(interpreter));

    const started = createClient(launch, channel);
    started.onNotification(STATUS_NOTIFICATION, (params: ServerStatus) => onStatus(params));
    client = started;
    try {
        await started.start();
        log(say('The server started.'));
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        output.error(say('The server did not start: {0}', message));
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
        log(say('Restarting the server ({0}).', reason));
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
    const selectInterpreter = say('Select Interpreter');
    const openSettings = say('Open Settings');
    const canSelect = (await vscode.commands.getCommands(true)).includes('python.setInterpreter');
    const message = say(
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
        void vscode.window.showWarningMessage(say('torch-lsp: the server is not running.'));
        return;
    }
    try {
        const report = await vscode.window.withProgress(
            {
                location: vscode.ProgressLocation.Notification,
                title: say('torch-lsp: running every cheat-sheet example…'),
                cancellable: true,
            },
            (_progress, token) =>
                running.sendRequest(ExecuteCommandRequest.type, { command: VERIFY_COMMAND, arguments: [] }, token),
        );
        const content = typeof report === 'string' ? report : JSON.stringify(report, null, 2);
        await vscode.workspace.fs.createDirectory(storage);
        const file = vscode.Uri.joinPath(storage, 'verification-report.md');
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
        await vscode.commands.executeCommand('markdown.showPreview', file);
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        output.error(`${VERIFY_COMMAND} failed: ${message}`);
        void vscode.window.showErrorMessage(say('torch-lsp: verification failed: {0}', message));
    }
}

/** The device settings that work here, as torch reports them through the server. */
async function availableDevices(): Promise<string[]> {
    const running = client;
    if (!running || !running.isRunning()) {
        return FALLBACK_DEVICES;
    }
    try {
        const found: unknown = await running.sendRequest(ExecuteCommandRequest.type, { command: DEVICES_COMMAND, arguments: [] });
        return Array.isArray(found) && found.length > 0 ? found.map(String) : FALLBACK_DEVICES;
    } catch (error) {
        output.warn(`${DEVICES_COMMAND} failed: ${String(error)}`);
        return FALLBACK_DEVICES;
    }
}

async function selectDevice(): Promise<void> {
    const config = vscode.workspace.getConfiguration('torchLsp');
    const current = config.get<string>('device', 'auto');
    const items: vscode.QuickPickItem[] = (await availableDevices()).map((device) => ({
        label: device,
        description: device === current ? say('current') : undefined,
    }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: say('Device for probing tensor shapes') });
    if (!picked) {
        return;
    }
    await config.update('device', picked.label, vscode.ConfigurationTarget.Global);
    const inspected = config.inspect<string>('device');
    if (inspected?.workspaceValue !== undefined || inspected?.workspaceFolderValue !== undefined) {
        void vscode.window.showInformationMessage(
            say('torch-lsp: the workspace settings set torchLsp.device too, and they take precedence over the user setting just written.'),
        );
    }
}

const LANGUAGES: { value: string; label: string }[] = [
    { value: 'zh', label: '中文' },
    { value: 'en', label: 'English' },
    { value: 'auto', label: 'Auto' },
];

async function setLanguage(value: string): Promise<void> {
    await vscode.workspace.getConfiguration('torchLsp').update('language', value, vscode.ConfigurationTarget.Global);
}

async function selectLanguage(): Promise<void> {
    const current = vscode.workspace.getConfiguration('torchLsp').get<string>('language', 'auto');
    const items = LANGUAGES.map((choice) => ({
        label: choice.label,
        value: choice.value,
        description: choice.value === 'auto' ? say('Follow the VS Code display language') : undefined,
        detail: choice.value === current ? say('current') : undefined,
    }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: say('Language of hovers and messages') });
    if (picked) {
        await setLanguage(picked.value);
    }
}

/** On the first start, unless the language was set already: offer 中文 / English once, and remember the answer. */
async function askLanguageOnce(state: vscode.Memento): Promise<void> {
    const inspected = vscode.workspace.getConfiguration('torchLsp').inspect<string>('language');
    const chosen = inspected?.globalValue ?? inspected?.workspaceValue ?? inspected?.workspaceFolderValue;
    if (state.get<boolean>(LANGUAGE_ASKED) || chosen !== undefined) {
        return;
    }
    const [zh, en] = LANGUAGES;
    const picked = await vscode.window.showInformationMessage(
        'torch-lsp：悬停提示和消息使用哪种语言？ / Which language for torch-lsp hovers and messages?',
        zh.label,
        en.label,
    );
    await state.update(LANGUAGE_ASKED, true);
    const value = LANGUAGES.find((choice) => choice.label === picked)?.value;
    if (value) {
        await setLanguage(value);
    }
}

async function showMenu(): Promise<void> {
    const config = vscode.workspace.getConfiguration('torchLsp');
    const current = LANGUAGES.find((choice) => choice.value === config.get<string>('language', 'auto'));
    const entries: { label: string; description?: string; run: () => unknown }[] = [
        { label: `$(server-process) ${say('Select Device')}`, description: config.get<string>('device', 'auto'), run: selectDevice },
        { label: `$(globe) ${say('Select Language')}`, description: current?.label, run: selectLanguage },
        { label: `$(checklist) ${say('Verify Cheat-Sheet Examples')}`, run: verify },
        { label: `$(debug-restart) ${say('Restart Server')}`, run: () => restart('command') },
        { label: `$(output) ${say('Show Log')}`, run: () => output.show(true) },
    ];
    const picked = await vscode.window.showQuickPick(entries, { placeHolder: 'torch-lsp' });
    await picked?.run();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    extensionPath = context.extensionPath;
    storage = context.globalStorageUri;
    loadTranslations(extensionPath);
    output = vscode.window.createOutputChannel(OUTPUT_NAME, { log: true });
    channel = new LeveledChannel(output);
    status = new StatusItem('torchLsp.menu');
    context.subscriptions.push(
        output,
        status,
        vscode.commands.registerCommand('torchLsp.menu', showMenu),
        vscode.commands.registerCommand('torchLsp.restart', () => restart('command')),
        vscode.commands.registerCommand('torchLsp.showOutput', () => output.show(true)),
        vscode.commands.registerCommand('torchLsp.verify', verify),
        vscode.commands.registerCommand('torchLsp.selectDevice', selectDevice),
        vscode.commands.registerCommand('torchLsp.selectLanguage', selectLanguage),
        vscode.workspace.onDidChangeConfiguration((event) => {
            if (event.affectsConfiguration('torchLsp.interpreter')) {
                void restart('torchLsp.interpreter changed');
            }
            if (event.affectsConfiguration('torchLsp.language')) {
                status.refresh();
                log(say('Language: {0}', language() === 'zh' ? '中文' : 'English'));
            }
        }),
        vscode.workspace.onDidGrantWorkspaceTrust(() => void restart('workspace trusted')),
    );
    if (await getPythonApi()) {
        context.subscriptions.push(
            await onInterpreterChanged(() => void restart('the Python extension changed the interpreter', true)),
        );
    }
    void askLanguageOnce(context.globalState);
    await serialize(startServer);
}

export function deactivate(): Thenable<void> {
    return serialize(stopServer);
}
