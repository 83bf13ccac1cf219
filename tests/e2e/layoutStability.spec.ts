import type { Page } from '@playwright/test';
import { chapterSlugs, expect, langs, test } from './fixtures';

/** Starts collecting layout shifts (the browser's own measure, as in Core Web Vitals' CLS) before the page loads. */
async function observeShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; scrollY: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      }[]) {
        if (e.hadRecentInput) continue;
        const sources = (e.sources ?? []).map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          return el ? `${el.tagName.toLowerCase()}.${el.className}` : '?';
        });
        shifts.push({ value: e.value, scrollY: Math.round(window.scrollY), sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shifts = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __shifts: { value: number; scrollY: number; sources: string[] }[] }).__shifts,
  );

for (const [lang, slug] of langs.flatMap((l) => chapterSlugs.map((s) => [l, s] as const))) {
  test(`/${lang}/${slug} does not jump while it loads and while the reader scrolls through it`, async ({ page }) => {
    test.slow();
    await observeShifts(page);
    await page.goto(`/${lang}/${slug}`);
    await expect(page.locator('.chapter-nav')).toBeVisible();
    // Scroll the way a reader does, a wheel turn at a time, giving lazily loaded figures time to arrive.
    for (let i = 0; i < 200; i++) {
      const atEnd = await page.evaluate(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      );
      if (atEnd) break;
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(150);
    }
    const seen = await shifts(page);
    const total = seen.reduce((sum, s) => sum + s.value, 0);
    // 0.1 is the "good" bound for cumulative layout shift; before the fix every chapter scored at least 0.115.
    expect(total, JSON.stringify(seen, null, 1)).toBeLessThan(0.1);
  });
}

test('the previous/next links appear only below the loaded chapter, never above an empty body', async ({ page }) => {
  await page.route('**/*.js', async (route) => {
    // Hold back the chapter's own chunk a little, as a slow network would.
    if (/perceptron/.test(route.request().url())) await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.goto('/en/perceptron');
  await expect(page.locator('.chapter .loading')).toBeVisible();
  await expect(page.locator('.chapter-nav')).toHaveCount(0);
  await expect(page.locator('.chapter .prose')).toBeVisible();
  // Both edges in one frame: figures keep mounting and growing, so two separate reads can straddle a layout change.
  const { navTop, proseBottom } = await page.evaluate(() => ({
    navTop: document.querySelector('.chapter-nav')?.getBoundingClientRect().top ?? Number.NaN,
    proseBottom: document.querySelector('.chapter .prose')?.getBoundingClientRect().bottom ?? Number.NaN,
  }));
  expect(navTop).toBeGreaterThanOrEqual(proseBottom);
});

test('a heavy figure scrolled far away keeps its height, so the page does not jump when the reader comes back', async ({
  page,
}) => {
  await page.goto('/en/training');
  const fig = page.locator('figure[data-scope="two-layer-net"]');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('[data-widget="two-layer-net"] button[data-action="step"]')).toBeEnabled({
    timeout: 60_000,
  });
  const shown = await fig.evaluate((el) => el.getBoundingClientRect().height);
  expect(shown).toBeGreaterThan(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Far away, the widget is unmounted and only its placeholder remains, at the height it had.
  await expect(fig.locator('.figure-loading')).toHaveCount(1);
  await expect(fig.locator('[data-widget="two-layer-net"]')).toHaveCount(0);
  const placeholder = await fig.evaluate((el) => el.getBoundingClientRect().height);
  expect(Math.abs(placeholder - shown)).toBeLessThanOrEqual(1);
});
