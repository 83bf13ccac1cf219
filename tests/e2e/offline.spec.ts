import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });
// Both tests touch the one service worker of the built site; run them one after the other.
test.describe.configure({ mode: 'serial' });

/** First visit: the service worker installs and precaches; after a reload it controls the page. */
async function visitOnce(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the whole book works with no network: reload, then other chapters in both languages', async ({
  page,
  context,
}) => {
  await visitOnce(page, '/en/perceptron');
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.locator('[data-widget="perceptron-gate"]').first()).toBeVisible();
    await expect(page.locator('.katex').first()).toBeVisible();
    // Client-side navigation loads another chapter's chunk from the cache.
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/en\/activation-functions$/);
    await expect(page.locator('main h1')).toBeVisible();
    // A full navigation to a chapter in the other language, never visited, also works.
    await page.goto('/ko/perceptron');
    await expect(page.locator('[data-widget="xor-network"]')).toBeVisible();
    await page.goto('/en/perceptron/slides/2');
    await expect(page.locator('.slide-section[data-slide="2"]')).toBeVisible();
    // KaTeX's fonts were precached too.
    const fontsOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'error').length === 0;
    });
    expect(fontsOk).toBe(true);
  } finally {
    await context.setOffline(false);
  }
});

test('a new build is announced with a "reload to update" prompt, never swapped in silently', async ({ page }) => {
  const swFile = `${process.env.BUILD_DIR ?? 'dist'}/sw.js`;
  const original = readFileSync(swFile, 'utf8');
  try {
    await visitOnce(page, '/en/perceptron');
    await expect(page.locator('[data-update="available"]')).toHaveCount(0);
    // Deploy a new build: the service worker script changes on the server.
    writeFileSync(swFile, `${original}\n// deployed again\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.locator('[data-update="available"]');
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(prompt).toContainText('A new version of the book is available');
    // Nothing changed under the reader until they choose to reload.
    await expect(page).toHaveURL(/\/en\/perceptron$/);
    await prompt.locator('[data-action="reload-to-update"]').click();
    await page.waitForFunction(() => document.querySelector('[data-update="available"]') === null);
    await expect(page.locator('main h1')).toBeVisible();
  } finally {
    writeFileSync(swFile, original);
  }
});

test('the web manifest makes the book installable', async ({ page, request }) => {
  await page.goto('/en');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(`/${String(href).replace(/^\//, '')}`)).json();
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string }[]) {
    const res = await request.get(icon.src);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/png');
  }
});
