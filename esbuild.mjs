// Bundles client/src/extension.ts (and vscode-languageclient) into client/out/extension.js.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdir = 'client/out';

// vscode-languageclient kills a server that outlives stop() with terminateProcess.sh, found
// next to its own code (__dirname): after bundling that is client/out, so ship a copy there.
function copyTerminateScript() {
    const require = createRequire(import.meta.url);
    const main = require.resolve('vscode-languageclient/node');
    const script = join(dirname(main), 'lib', 'node', 'terminateProcess.sh');
    mkdirSync(outdir, { recursive: true });
    copyFileSync(script, join(outdir, 'terminateProcess.sh'));
    chmodSync(join(outdir, 'terminateProcess.sh'), 0o755);
}

const context = await esbuild.context({
    entryPoints: ['client/src/extension.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: join(outdir, 'extension.js'),
    external: ['vscode'],
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'info',
});

copyTerminateScript();
if (watch) {
    await context.watch();
} else {
    await context.rebuild();
    await context.dispose();
}
