// Takes screenshots of book pages with Debian's Chromium: `npx tsx scripts/screenshot.ts /en/perceptron 1280x800 out.png [--dark] [--full]`.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';

const [path = '/en/perceptron', size = '1280x800', out = 'screenshot.png', ...flags] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const context = await browser.newContext({
  viewport: { width: width ?? 1280, height: height ?? 800 },
  colorScheme: flags.includes('--dark') ? 'dark' : 'light',
  deviceScaleFactor: 1,
});
const page = await context.newPage();
await page.goto(base + path, { waitUntil: 'networkidle' });
const scrollTo = flags.find((f) => f.startsWith('--scroll='));
if (scrollTo) await page.locator(scrollTo.slice('--scroll='.length)).first().scrollIntoViewIfNeeded();
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: flags.includes('--full') });
await browser.close();
console.log(`saved ${out}`);
