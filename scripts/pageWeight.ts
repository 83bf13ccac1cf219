// Page weight of book routes: the JS and CSS a reader's browser loads for each page, raw and gzipped (level 9).
// Usage: build first, then `npx tsx scripts/pageWeight.ts /en/perceptron /ko/perceptron` (BUILD_DIR, PORT optional).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';

const dir = process.env.BUILD_DIR ?? 'dist';
const port = Number(process.env.PORT ?? 4399);
const routes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/en/perceptron'];

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  env: process.env,
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  const up = await fetch(`${base}/en`).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('| route | JS files | JS raw | JS gzip | CSS raw | CSS gzip | total gzip |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const route of routes) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(js|css)$/.test(path)) files.add(path);
  });
  await page.goto(base + route, { waitUntil: 'networkidle' });
  // Scroll through the chapter so every figure (including start-on-scroll ones) loads.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  const sizes = { js: [0, 0, 0], css: [0, 0, 0] };
  for (const f of files) {
    const bytes = readFileSync(`${dir}${f}`);
    const kind = f.endsWith('.css') ? sizes.css : sizes.js;
    kind[0] = (kind[0] ?? 0) + 1;
    kind[1] = (kind[1] ?? 0) + bytes.length;
    kind[2] = (kind[2] ?? 0) + gzipSync(bytes, { level: 9 }).length;
  }
  const [jsN = 0, jsRaw = 0, jsGz = 0] = sizes.js;
  const [, cssRaw = 0, cssGz = 0] = sizes.css;
  console.log(
    `| ${route} | ${jsN} | ${kb(jsRaw)} | ${kb(jsGz)} | ${kb(cssRaw)} | ${kb(cssGz)} | ${kb(jsGz + cssGz)} |`,
  );
  await context.close();
}
await browser.close();
server.kill();
