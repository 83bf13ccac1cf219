import { existsSync } from 'node:fs';
import { chapterSlugs, expect, langs, test } from './fixtures';

/** A chapter is written when its MDX file exists: the app derives it the same way, so the test reads the tree. */
const isWritten = (lang: string, slug: string) => existsSync(`chapters/${lang}/${slug}.mdx`);

test('the root sends a Korean browser to /ko and others to /en', async ({ browser, baseURL }) => {
  for (const [locale, lang] of [
    ['ko-KR', 'ko'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
  ] as const) {
    const context = await browser.newContext({ baseURL, locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${lang}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await context.close();
  }
});

for (const lang of langs) {
  test(`every chapter route exists in ${lang}, and says whether it is written as the chapters folder does`, async ({
    page,
  }) => {
    for (const slug of chapterSlugs) {
      await page.goto(`/${lang}/${slug}`);
      const article = page.locator(`article[data-chapter="${slug}"]`);
      await expect(article).toBeVisible();
      await expect(page.locator('h1')).not.toBeEmpty();
      const written = isWritten(lang, slug);
      await expect(article).toHaveAttribute('data-written', String(written));
      await expect(page.locator('[data-coming-soon]')).toHaveCount(written ? 0 : 1);
      await expect(page.locator(`.toc li[data-toc-slug="${slug}"]`)).toHaveAttribute('data-written', String(written));
      await expect(page.locator(`.toc li[data-toc-slug="${slug}"] a`)).toHaveAttribute('aria-current', 'page');
    }
  });
}

test('the table of contents marks exactly the written chapters, and badges only the others', async ({ page }) => {
  for (const lang of langs) {
    await page.goto(`/${lang}/perceptron`);
    const written = chapterSlugs.filter((s) => isWritten(lang, s));
    // Today every chapter is written (so no "Coming soon" badge shows); the counts follow the chapters folder.
    expect(written.length).toBeGreaterThan(0);
    await expect(page.locator('.toc li')).toHaveCount(chapterSlugs.length);
    await expect(page.locator('.toc li[data-written="true"]')).toHaveCount(written.length);
    await expect(page.locator('.toc .toc-badge')).toHaveCount(chapterSlugs.length - written.length);
    await expect(page.locator('.toc li[data-toc-slug="perceptron"]')).toHaveAttribute('data-written', 'true');
  }
});

test('an unknown path shows a helpful 404 with the contents', async ({ page }) => {
  for (const path of ['/en/no-such-chapter', '/xx/whatever', '/ko/perceptron/extra']) {
    await page.goto(path);
    await expect(page.locator('[data-page="not-found"]')).toBeVisible();
    await expect(page.locator('[data-page="not-found"] .toc li')).toHaveCount(chapterSlugs.length);
  }
  await page.goto('/ko/없는-장');
  await expect(page.locator('[data-page="not-found"]')).toContainText('/ko/없는-장');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('previous and next links walk the chapters in order', async ({ page }) => {
  await page.goto('/en/perceptron');
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  for (const slug of chapterSlugs.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`/en/${slug}$`));
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/en\/training$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/mnist$/);
});

test('the language switch keeps the reader on the same chapter', async ({ page }) => {
  await page.goto('/en/forward-pass');
  await page.locator('a[data-lang-switch="ko"]').click();
  await expect(page).toHaveURL(/\/ko\/forward-pass$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('h1')).toHaveText('행렬 곱과 순전파');
  await page.locator('a[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(/\/en\/forward-pass$/);
  await expect(page.locator('h1')).toHaveText('Matrix Products and the Forward Pass');
});

test('section headings are anchor links, and a #hash opens at that section', async ({ page }) => {
  await page.goto('/en/perceptron');
  const anchors = page.locator('.prose h2 a.heading-anchor');
  await expect(anchors.first()).toBeVisible();
  expect(await anchors.count()).toBeGreaterThanOrEqual(5);
  const href = await anchors.nth(3).getAttribute('href');
  expect(href).toMatch(/^#.+/);
  const id = decodeURIComponent((href ?? '#').slice(1));
  await page.goto(`/en/perceptron${href}`);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the theme follows the system and the toggle cycles light, dark, projector, system and persists', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/en/perceptron');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await bg()).toBe('rgb(20, 22, 26)');
  const toggle = page.locator('button[data-theme-mode]');
  await expect(toggle).toHaveAttribute('data-theme-mode', 'system');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await bg()).toBe('rgb(251, 250, 247)');
  await expect(toggle).toHaveAccessibleName(/Light/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.locator('button[data-theme-mode]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('button[data-theme-mode]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(await bg()).toBe('rgb(255, 255, 255)');
  await page.locator('button[data-theme-mode]').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await context.close();
});

test('on a phone the contents open in a drawer and close with Escape', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/en/perceptron');
  const toggle = page.locator('button.toc-toggle');
  await expect(page.locator('#toc-panel')).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#toc-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#toc-panel')).toBeHidden();
  await toggle.click();
  await page.locator('#toc-panel a[href="/en/layers"]').click();
  await expect(page).toHaveURL(/\/en\/layers$/);
  await expect(page.locator('#toc-panel')).toBeHidden();
  // Nothing is wider than the phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('every chapter number in the contents stays on one line beside its title, the bold current one too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of langs) {
    await page.goto(`/${lang}/mnist`);
    const links = page.locator('.toc-panel .toc a:has(.toc-number)');
    await expect(links).toHaveCount(chapterSlugs.length);
    for (const link of await links.all()) {
      const num = await link.locator('.toc-number').boundingBox();
      const title = await link.locator('.toc-title').boundingBox();
      if (!num || !title) throw new Error('a contents entry has no number or title');
      const line = await link.locator('.toc-number').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect(num.height).toBeLessThan(line * 1.5);
      expect(num.x + num.width).toBeLessThanOrEqual(title.x + 0.5);
    }
  }
});

test.describe('a broken widget', () => {
  test.use({
    allowConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module|net::ERR_FAILED/],
  });

  test('is contained by its figure: a message and a retry, while the chapter stays readable', async ({ page }) => {
    let block = true;
    await page.route(/\/assets\/XorNetwork-[^/]+\.js$/, (route) => (block ? route.abort() : route.continue()));
    await page.goto('/en/perceptron');
    const figure = page.locator('figure[data-figure="xor-network"]');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('[role="alert"]')).toContainText('This figure stopped working');
    await expect(page.locator('[data-widget="perceptron-gate"]').first()).toBeVisible();
    await expect(page.locator('h1')).toBeVisible();
    block = false;
    await figure.getByRole('button', { name: 'Try again' }).click();
    // A failed dynamic import is cached by the browser module map, so the retry may fail again;
    // either way the figure must not blank the page.
    await expect(page.locator('.prose h2').first()).toBeVisible();
  });
});
