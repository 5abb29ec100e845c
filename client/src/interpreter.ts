// Which Python runs the server, in the order of microsoft/vscode-python-tools-extension-template:
// the torchLsp.interpreter setting, else the Python extension's active interpreter, else python3.
// The chosen interpreter must have torch; the server's own libraries come from bundled/libs.
import * as os from 'os';
import * as vscode from 'vscode';
import { PythonExtension } from '@vscode/python-extension';

const PYTHON_EXTENSION_ID = 'ms-python.python';

export interface Interpreter {
    /** The executable, then any arguments to put before `-m torch_lsp`. */
    command: string;
    args: string[];
    /** Where it came from, for the output channel and the no-torch message. */
    source: string;
}

let pythonApi: PythonExtension | undefined;

/** The Python extension's API when ms-python.python is installed, else undefined. */
export async function getPythonApi(): Promise<PythonExtension | undefined> {
    if (pythonApi) {
        return pythonApi;
    }
    if (!vscode.extensions.getExtension(PYTHON_EXTENSION_ID)) {
        return undefined;
    }
    try {
        pythonApi = await PythonExtension.api();
    } catch {
        pythonApi = undefined;
    }
    return pythonApi;
}

function defaultPython(): string {
    return process.platform === 'win32' ? 'python' : 'python3';
}

/** `["/usr/bin/python3", "-X", "utf8"]` or `"/usr/bin/python3"` into a command line; [] when unset. */
function asCommandLine(value: unknown): string[] {
    if (typeof value === 'string') {
        return value.trim() ? [value.trim()] : [];
    }
    if (Array.isArray(value)) {
        return value.filter((part): part is string => typeof part === 'string' && part.length > 0);
    }
    return [];
}

function expandVariables(value: string, trusted: boolean): string {
    const home = os.homedir();
    let result = value.replace(/^~(?=$|[\\/])/, home).replace(/\$\{userHome\}/g, home);
    result = result.replace(/\$\{env:([^}]+)\}/g, (_, name: string) => process.env[name] ?? '');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (trusted && folder) {
        result = result.replace(/\$\{workspaceFolder\}/g, folder);
    }
    return result;
}

/**
 * Find the interpreter. In an untrusted workspace only user-level settings count
 * (VS Code already drops the workspace's torchLsp.interpreter, which is a restricted setting;
 * we also read the global value explicitly) and the Python extension is not asked, since its
 * active interpreter may be one the workspace chose.
 */
export async function findInterpreter(): Promise<Interpreter> {
    const trusted = vscode.workspace.isTrusted;
    const config = vscode.workspace.getConfiguration('torchLsp');
    const setting = trusted ? config.get<unknown>('interpreter') : config.inspect<unknown>('interpreter')?.globalValue;
    const parts = asCommandLine(setting).map((part) => expandVariables(part, trusted));
    if (parts.length > 0) {
        return { command: parts[0], args: parts.slice(1), source: 'torchLsp.interpreter' };
    }

    if (trusted) {
        const api = await getPythonApi();
        if (api) {
            try {
                const resource = vscode.workspace.workspaceFolders?.[0]?.uri;
                const environment = await api.environments.resolveEnvironment(
                    api.environments.getActiveEnvironmentPath(resource),
                );
                const executable = environment?.executable.uri?.fsPath;
                if (executable) {
                    return { command: executable, args: [], source: 'Python extension' };
                }
            } catch {
                // Fall through to python3.
            }
        }
    } else {
        const global = vscode.workspace.getConfiguration('python').inspect<string>('defaultInterpreterPath')?.globalValue;
        if (global && global.trim() && global.trim() !== 'python') {
            return { command: expandVariables(global.trim(), false), args: [], source: 'python.defaultInterpreterPath (user settings)' };
        }
    }
    return { command: defaultPython(), args: [], source: 'default' };
}

/** Call `listener` whenever the Python extension's active interpreter changes (no-op without it). */
export async function onInterpreterChanged(listener: () => void): Promise<vscode.Disposable> {
    const api = await getPythonApi();
    if (!api) {
        return new vscode.Disposable(() => undefined);
    }
    return api.environments.onDidChangeActiveEnvironmentPath(() => listener());
}
