// The torch-lsp output as a LogOutputChannel with levels. vscode-languageclient writes into a plain
// OutputChannel: `[Info  - 10:00:00] text` for the server's info, warning and error messages, bare
// lines for its `Log` messages (the lowest LSP 3.17 level: one per analysis), and raw chunks of the
// server's stderr. This adapter gives each its level, so only debug level shows the per-edit lines.
import * as vscode from 'vscode';

const PREFIX = /^\[(Trace|Debug|Info|Warn|Error)\s*-\s*[^\]]*\]\s?/;

export class LeveledChannel implements vscode.OutputChannel {
    readonly name: string;
    private pending = '';

    constructor(readonly log: vscode.LogOutputChannel) {
        this.name = log.name;
    }

    /** A whole line from the client: route it by its level prefix; bare lines are debug. */
    appendLine(value: string): void {
        const match = PREFIX.exec(value);
        const text = match ? value.slice(match[0].length) : value;
        switch (match?.[1]) {
            case 'Trace':
                this.log.trace(text);
                break;
            case 'Info':
                this.log.info(text);
                break;
            case 'Warn':
                this.log.warn(text);
                break;
            case 'Error':
                this.log.error(text);
                break;
            default:
                this.log.debug(text);
        }
    }

    /** A chunk of the server's stderr: a warning per complete line. */
    append(value: string): void {
        const lines = (this.pending + value).split(/\r?\n/);
        this.pending = lines.pop() ?? '';
        for (const line of lines) {
            if (line.trim()) {
                this.log.warn(line);
            }
        }
    }

    replace(value: string): void {
        this.log.replace(value);
    }

    clear(): void {
        this.log.clear();
    }

    show(columnOrPreserve?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
        if (typeof columnOrPreserve === 'boolean') {
            this.log.show(columnOrPreserve);
        } else {
            this.log.show(columnOrPreserve, preserveFocus);
        }
    }

    hide(): void {
        this.log.hide();
    }

    dispose(): void {
        this.log.dispose();
    }
}
