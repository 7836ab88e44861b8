// Runs axe-core in headless Chromium over each HTML file given on the command line and prints one JSON report.
// Usage: node axe-check.mjs [--chromium /usr/bin/chromium] file1.html [file2.html ...]
// Output (stdout): {"axeVersion": "...", "results": [{"file": "...", "violations": [{id, impact, help, nodes: [...]}]}]}
// Exit code: 0 when the check ran (whatever it found), 2 on usage or browser errors, so callers can tell
// "violations found" from "the check could not run".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const axeVersion = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;

const args = process.argv.slice(2);
let executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--chromium') executablePath = args[++i];
  else files.push(args[i]);
}
if (files.length === 0) {
  console.error('usage: node axe-check.mjs [--chromium PATH] file.html...');
  process.exit(2);
}

// The same hardening flags the corpus generator uses: no network chatter, no GPU, no sandbox (CI runs as root).
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});

const results = [];
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const file of files) {
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const outcome = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200), summary: n.failureSummary })),
        nodeCount: v.nodes.length,
      }));
    });
    results.push({ file, violations: outcome });
  }
} catch (err) {
  console.error(`axe-check: ${err && err.message ? err.message : err}`);
  await browser.close();
  process.exit(2);
}
await browser.close();
process.stdout.write(JSON.stringify({ axeVersion, results }) + '\n');
