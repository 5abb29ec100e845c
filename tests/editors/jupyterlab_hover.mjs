// Drive a running JupyterLab (with jupyterlab-lsp and torch-lsp) in headless Debian chromium:
// open the notebook, click into the cell, hold Control over `cat` in `torch.cat`, read the hover.
//
//   JUPYTER_URL=http://127.0.0.1:PORT NOTEBOOK=shapes.ipynb RESULT=/tmp/r.json \
//   SCREENSHOT=tests/e2e/artifacts/jupyterlab-hover.png node tests/editors/jupyterlab_hover.mjs
//
// Optional: CHROMIUM (default /usr/bin/chromium), HOVER_TIMEOUT_S (default 120), WORD_LINE (the code
// line holding the hovered word; default `pair = torch.cat`). Writes one JSON object to RESULT:
// {checks: {page, lsp_session, hover, diagnostic}, lsp_status, timings}; exits 0 whatever the checks say
// (the pytest wrapper asserts on RESULT) and 1 only when it could not write it.

import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.env.JUPYTER_URL || '').replace(/\/$/, '');
const notebook = process.env.NOTEBOOK || 'shapes.ipynb';
const resultPath = process.env.RESULT;
const screenshot = process.env.SCREENSHOT;
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const hoverTimeout = Number(process.env.HOVER_TIMEOUT_S || 120) * 1000;
const wordLine = process.env.WORD_LINE || 'pair = torch.cat';
const badLine = process.env.ERROR_LINE || 'bad = torch.cat';
const started = Date.now();
const result = { checks: {}, log: [], timings: {} };

const log = (message) => {
  const line = `${String(Date.now() - started).padStart(6)} ms ${message}`;
  result.log.push(line);
  console.error(`[jupyterlab] ${message}`);
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function lspStatus() {
  const response = await fetch(`${base}/lsp/status`);
  if (!response.ok) throw new Error(`GET /lsp/status: ${response.status}`);
  return response.json();
}

async function check(name, fn) {
  const t0 = Date.now();
  try {
    const [ok, detail] = await fn();
    result.checks[name] = { ok, detail, ms: Date.now() - t0 };
  } catch (error) {
    result.checks[name] = { ok: false, detail: `error: ${error && error.stack || error}`, ms: Date.now() - t0 };
  }
  log(`${name}: ${result.checks[name].ok ? 'ok' : 'FAILED'} (${result.checks[name].ms} ms)`);
  return result.checks[name].ok;
}

// The on-screen box of `word` inside the CodeMirror line whose text contains `lineText`.
async function wordBox(page, lineText, word) {
  return page.evaluate(([lineText, word]) => {
    for (const line of document.querySelectorAll('.jp-Notebook .cm-line')) {
      const text = line.textContent || '';
      const at = text.indexOf(lineText);
      if (at < 0) continue;
      const offset = text.indexOf(word, at);
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent.length;
        if (offset >= seen && offset + word.length <= seen + length) {
          const range = document.createRange();
          range.setStart(node, offset - seen);
          range.setEnd(node, offset - seen + word.length);
          const rect = range.getBoundingClientRect();
          const lineRect = line.getBoundingClientRect();
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height,
                   lineEndX: lineRect.x + lineRect.width - 4, text };
        }
        seen += length;
      }
    }
    return null;
  }, [lineText, word]);
}

async function main() {
  const profile = mkdtempSync(join(tmpdir(), 'torch-lsp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') result.log.push(`console.error: ${message.text().slice(0, 300)}`);
    });

    const pageOk = await check('page', async () => {
      await page.goto(`${base}/lab/tree/${notebook}`, { waitUntil: 'domcontentloaded', timeout: 60000 });
      await page.waitForSelector('.jp-Notebook .jp-Cell .cm-content', { timeout: 90000 });
      await page.waitForFunction((text) => [...document.querySelectorAll('.jp-Notebook .cm-line')]
        .some((line) => (line.textContent || '').includes(text)), wordLine, { timeout: 60000 });
      // A kernel chooser appears when the notebook's kernel is not found: accept the default.
      const dialog = await page.$('.jp-Dialog .jp-mod-accept');
      if (dialog) await dialog.click();
      return [true, await page.title()];
    });
    if (!pageOk) return;

    await check('lsp_session', async () => {
      const deadline = Date.now() + 90000;
      let status;
      while (Date.now() < deadline) {
        status = await lspStatus();
        const session = status.sessions && status.sessions['torch-lsp'];
        if (session && session.status === 'started' && session.handler_count > 0) {
          return [true, JSON.stringify(session).slice(0, 500)];
        }
        await sleep(500);
      }
      return [false, `no started torch-lsp session: ${JSON.stringify(status && status.sessions)}`.slice(0, 2000)];
    });

    await check('hover', async () => {
      const deadline = Date.now() + hoverTimeout;
      let box = await wordBox(page, wordLine, 'cat');
      if (!box) return [false, `no line containing ${wordLine}`];
      // Click into the cell (at the end of the line, away from the word), then hold Control over `cat`.
      await page.mouse.click(box.lineEndX, box.y + box.height / 2);
      let attempt = 0;
      while (Date.now() < deadline) {
        attempt += 1;
        box = await wordBox(page, wordLine, 'cat');
        await page.mouse.move(box.x - 40, box.y + box.height * 3);
        await page.keyboard.down('Control');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
        const tooltip = await page.waitForSelector('.lsp-tooltip.lsp-hover', { state: 'visible', timeout: 8000 })
          .catch(() => null);
        if (tooltip) {
          // the first tooltip can be an empty placeholder that JupyterLab replaces by a new element once the
          // Markdown is rendered: read the text of whichever hover tooltip has some (after the fade-in)
          const hoverText = () => [...document.querySelectorAll('.lsp-tooltip.lsp-hover')]
            .map((el) => (el.textContent || '').trim()).find((text) => text.length > 0) || '';
          await page.waitForFunction(hoverText, null, { timeout: 10000 }).catch(() => null);
          await sleep(400);
          const text = await page.evaluate(hoverText);
          if (screenshot) {
            mkdirSync(dirname(screenshot), { recursive: true });
            await page.screenshot({ path: screenshot });
            result.screenshot = screenshot;
          }
          await page.keyboard.up('Control');
          result.hover_attempts = attempt;
          return [text.includes('Concatenates'), text.slice(0, 1500)];
        }
        await page.keyboard.up('Control');
        await sleep(1000);
      }
      if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '-failed.png') });
      return [false, `no .lsp-hover tooltip over \`cat\` after ${attempt} attempts`];
    });
    await check('diagnostic', async () => {
      // jupyterlab-lsp takes pushed diagnostics only and underlines them with CodeMirror's lint marks.
      const marks = await page.waitForFunction((text) => {
        const found = [...document.querySelectorAll('.jp-Notebook .cm-lintRange-error')]
          .filter((mark) => (mark.closest('.cm-line')?.textContent || '').includes(text));
        return found.length ? found.map((mark) => mark.textContent) : null;
      }, badLine, { timeout: hoverTimeout }).then((handle) => handle.jsonValue()).catch(() => null);
      if (!marks) {
        const all = await page.$$eval('.jp-Notebook [class*="cm-lintRange"]', (nodes) => nodes.map(
          (node) => `${node.className}: ${node.textContent}`));
        return [false, `no error mark on the line with ${badLine}; marks: ${JSON.stringify(all)}`];
      }
      if (screenshot) {
        // Dismiss the hover first, then rest the mouse on the underline for CodeMirror's lint tooltip.
        await page.keyboard.press('Escape');
        await page.mouse.move(700, 780);
        await page.waitForSelector('.lsp-tooltip.lsp-hover', { state: 'hidden', timeout: 5000 }).catch(() => null);
        const box = await page.locator('.jp-Notebook .cm-lintRange-error').first().boundingBox();
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForSelector('.cm-tooltip-lint, .lsp-tooltip', { state: 'visible', timeout: 5000 })
          .catch(() => null);
        await sleep(400);
        const path = screenshot.replace(/\.png$/, '') + '-diagnostic.png';
        await page.screenshot({ path });
        result.diagnostic_screenshot = path;
      }
      return [true, `error marks: ${JSON.stringify(marks)}`];
    });
    result.lsp_status = await lspStatus().catch((error) => ({ error: String(error) }));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  result.error = String(error && error.stack || error);
  log(`error: ${result.error}`);
}
result.timings.total_ms = Date.now() - started;
try {
  writeFileSync(resultPath, JSON.stringify(result, null, 1));
} catch (error) {
  console.error(`cannot write ${resultPath}: ${error}`);
  process.exit(1);
}
