// The status bar item, fed by the server's `torchLsp/status` notification; clicking it opens the menu.
import * as vscode from 'vscode';
import { say } from './i18n';

export const STATUS_NOTIFICATION = 'torchLsp/status';

/** Params of `torchLsp/status` (the server's StatusParams); the server may leave out fields it has no value for. */
export interface ServerStatus {
    state: 'loading' | 'ready' | 'error';
    torchVersion?: string | null;
    device?: string | null;
    message?: string | null;
    /** Whether symbolic sizes (`[B, 3]`) are available yet; they load after torch. */
    symbolicShapes?: boolean;
}

/** "2.13.0+cpu" -> "2.13". */
export function majorMinor(version: string): string {
    const match = /^(\d+)\.(\d+)/.exec(version);
    return match ? `${match[1]}.${match[2]}` : version;
}

export class StatusItem implements vscode.Disposable {
    private readonly item: vscode.StatusBarItem;
    private shown: () => void = () => undefined;

    constructor(menuCommand: string) {
        this.item = vscode.window.createStatusBarItem('torchLsp.status', vscode.StatusBarAlignment.Right, 100);
        this.item.name = 'torch-lsp';
        this.item.command = menuCommand;
        this.starting('');
        this.item.show();
    }

    /** The server process is being started (before its first status notification). */
    starting(interpreter: string): void {
        this.shown = () => this.set('$(sync~spin) torch-lsp', say('torch-lsp: starting the server with {0}', interpreter), false);
        this.shown();
    }

    /** The server could not be started or stopped for good. */
    failed(detail: string): void {
        this.shown = () => this.set('$(error) torch-lsp', say('torch-lsp: the server is not running.\n{0}', detail), true);
        this.shown();
    }

    update(status: ServerStatus, interpreter: string): void {
        this.shown = () => this.show(status, interpreter);
        this.shown();
    }

    /** Render the last state again (after the language changed). */
    refresh(): void {
        this.shown();
    }

    private show(status: ServerStatus, interpreter: string): void {
        const lines: string[] = [];
        if (status.torchVersion) {
            lines.push(say('torch {0}', status.torchVersion));
        }
        if (status.device) {
            lines.push(say('Device: {0}', status.device));
        }
        lines.push(say('Interpreter: {0}', interpreter));
        if (status.state === 'ready' && !status.symbolicShapes) {
            lines.push(say('Symbolic sizes are still loading.'));
        }
        if (status.message) {
            lines.push(status.message);
        }
        lines.push(say('Click for the torch-lsp menu.'));
        const tooltip = lines.join('\n');

        switch (status.state) {
            case 'loading':
                this.set(say('$(sync~spin) torch-lsp: loading torch…'), tooltip, false);
                break;
            case 'ready': {
                const version = status.torchVersion ? `torch ${majorMinor(status.torchVersion)}` : 'torch';
                this.set(status.device ? `${version} · ${status.device}` : version, tooltip, false);
                break;
            }
            default:
                this.set(say('$(warning) torch-lsp: no torch'), tooltip, true);
        }
    }

    private set(text: string, tooltip: string, warning: boolean): void {
        this.item.text = text;
        this.item.tooltip = tooltip;
        this.item.backgroundColor = warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    }

    dispose(): void {
        this.item.dispose();
    }
}
