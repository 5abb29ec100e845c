// Building the LanguageClient: `<python> -m torch_lsp --stdio` with bundled/libs on PYTHONPATH.
import * as path from 'path';
import * as vscode from 'vscode';
import {
    Executable,
    LanguageClient,
    LanguageClientOptions,
    RevealOutputChannelOn,
    TransportKind,
} from 'vscode-languageclient/node';
import { Interpreter } from './interpreter';

export const CLIENT_ID = 'torchLsp';
export const CLIENT_NAME = 'torch-lsp';
export const SETTINGS_SECTION = 'torchLsp';

/** The whole `torchLsp` settings section as a plain object (sent as initializationOptions). */
export function settingsSection(): Record<string, unknown> {
    return vscode.workspace.getConfiguration().get<Record<string, unknown>>(SETTINGS_SECTION) ?? {};
}

export interface ServerLaunch {
    executable: Executable;
    pythonPath: string;
}

export function serverLaunch(extensionPath: string, interpreter: Interpreter): ServerLaunch {
    const libs = path.join(extensionPath, 'bundled', 'libs');
    // Bundled libraries first, so the user's own pygls/lsprotocol/jedi never shadow them.
    const pythonPath = [libs, process.env.PYTHONPATH].filter((part) => !!part).join(path.delimiter);
    return {
        pythonPath,
        executable: {
            command: interpreter.command,
            args: [...interpreter.args, '-m', 'torch_lsp'],
            // TransportKind.stdio makes vscode-languageclient append `--stdio`.
            transport: TransportKind.stdio,
            options: {
                // Never the workspace: a workspace torch.py must not shadow torch (cwd is on sys.path with -m).
                cwd: extensionPath,
                env: { ...process.env, PYTHONPATH: pythonPath, PYTHONIOENCODING: 'utf-8' },
            },
        },
    };
}

export function createClient(launch: ServerLaunch, outputChannel: vscode.OutputChannel): LanguageClient {
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'python' },
            { scheme: 'untitled', language: 'python' },
            { scheme: 'vscode-notebook-cell', language: 'python' },
        ],
        outputChannel,
        revealOutputChannelOn: RevealOutputChannelOn.Never,
        initializationOptions: () => settingsSection(),
        synchronize: { configurationSection: SETTINGS_SECTION },
    };
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, { run: launch.executable, debug: launch.executable }, clientOptions);
}
