// The status bar item, fed by the server's `torchLsp/status` notification.
import * as vscode from 'vscode';

export const STATUS_NOTIFICATION = 'torchLsp/status';

/** Params of `torchLsp/status`; the server may leave out the fields it has no value for. */
export interface ServerStatus {
    state: 'loading' | 'ready' | 'error';
    torchVersion?: string | null;
    device?: string | null;
    message?: string | null;
}

/** "2.13.0+cpu" -> "2.13". */
export function majorMinor(version: string): string {
    const match = /^(\d+)\.(\d+)/.exec(version);
    return match ? `${match[1]}.${match[2]}` : version;
}

export class StatusItem implements vscode.Disposable {
    private readonly item: vscode.StatusBarItem;

    constructor(showOutputCommand: string) {
        this.item = vscode.window.createStatusBarItem('torchLsp.status', vscode.StatusBarAlignment.Right, 100);
        this.item.name = 'torch-lsp';
        this.item.command = showOutputCommand;
        this.starting('');
        this.item.show();
    }

    /** The server process is being started (before its first status notification). */
    starting(interpreter: string): void {
        this.set('$(sync~spin) torch-lsp', vscode.l10n.t('torch-lsp: starting the server with {0}', interpreter), false);
    }

    /** The server could not be started or stopped for good. */
    failed(detail: string): void {
        this.set('$(error) torch-lsp', vscode.l10n.t('torch-lsp: the server is not running.\n{0}', detail), true);
    }

    update(status: ServerStatus, interpreter: string): void {
        const lines: string[] = [];
        if (status.torchVersion) {
            lines.push(vscode.l10n.t('torch {0}', status.torchVersion));
        }
        if (status.device) {
            lines.push(vscode.l10n.t('Device: {0}', status.device));
        }
        lines.push(vscode.l10n.t('Interpreter: {0}', interpreter));
        if (status.message) {
            lines.push(status.message);
        }
        lines.push(vscode.l10n.t('Click to show the torch-lsp output.'));
        const tooltip = lines.join('\n');

        switch (status.state) {
            case 'loading':
                this.set(vscode.l10n.t('$(sync~spin) torch-lsp: loading torch…'), tooltip, false);
                break;
            case 'ready': {
                const version = status.torchVersion ? `torch ${majorMinor(status.torchVersion)}` : 'torch';
                this.set(status.device ? `${version} · ${status.device}` : version, tooltip, false);
                break;
            }
            default:
                this.set(vscode.l10n.t('$(warning) torch-lsp: no torch'), tooltip, true);
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
