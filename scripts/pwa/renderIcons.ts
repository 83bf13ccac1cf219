// Renders the app icons (PNG) from public/favicon.svg with Debian's Chromium: `npx tsx scripts/pwa/renderIcons.ts`.
// The PNGs are committed; run this again only when the logo changes.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const [size, maskable] of [
  [192, false],
  [512, false],
  [512, true],
] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // A maskable icon keeps its logo inside the central 80% safe zone on a full-bleed background.
  const inner = maskable ? Math.round(size * 0.7) : size;
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#1d4ed8' : 'transparent'}">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({
    path: `public/icons/icon-${size}${maskable ? '-maskable' : ''}.png`,
    omitBackground: !maskable,
  });
  await page.close();
}
await browser.close();
console.log('icons written to public/icons/');
