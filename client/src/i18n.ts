// The client's own texts in the language the user chose: torchLsp.language (zh / en), or for `auto`
// VS Code's display language, as the server decides. Translations come from the l10n bundle that
// VS Code itself uses, so `vscode.l10n.t` and `say` agree whenever both apply.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export type Language = 'zh' | 'en';

let chinese: Record<string, string> = {};

/** Read the Chinese bundle shipped with the extension (client/l10n/bundle.l10n.zh-cn.json). */
export function loadTranslations(extensionPath: string): void {
    const bundle = path.join(extensionPath, 'client', 'l10n', 'bundle.l10n.zh-cn.json');
    try {
        chinese = JSON.parse(fs.readFileSync(bundle, 'utf8')) as Record<string, string>;
    } catch {
        chinese = {};
    }
}

/** 'zh' or 'en': the explicit setting, else VS Code's display language (zh-cn, zh-tw… -> zh). */
export function language(): Language {
    const setting = vscode.workspace.getConfiguration('torchLsp').get<string>('language', 'auto');
    if (setting === 'zh' || setting === 'en') {
        return setting;
    }
    return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** `message` in the user's language, with {0}, {1}… replaced by `args`. */
export function say(message: string, ...args: (string | number)[]): string {
    const template = language() === 'zh' ? (chinese[message] ?? message) : message;
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = args[Number(index)];
        return value === undefined ? whole : String(value);
    });
}
