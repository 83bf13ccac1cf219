import { chapterSlugs, expect, langs, test } from './fixtures';
import { seriousViolations } from './axe';

const routes = [
  ...langs.flatMap((lang) => [
    `/${lang}`,
    ...chapterSlugs.map((slug) => `/${lang}/${slug}`),
    `/${lang}/glossary`,
    `/${lang}/no-such-page`,
  ]),
];

for (const route of routes) {
  test(`axe finds no serious or critical violations on ${route}`, async ({ page }) => {
    test.slow(); // axe over a whole chapter with its widgets takes a while on a 2-core machine
    await page.goto(route);
    await expect(page.locator('main h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the perceptron chapter passes axe in the ${scheme} theme with widgets in a refused state`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/en/perceptron');
    const field = page.locator('[data-widget="perceptron-gate"] [data-var="w1"] input.slider-number').first();
    await field.fill('abc');
    await field.press('Enter');
    await page.locator('[data-widget="perceptron-gate"] button[data-preset="XOR"]').first().click();
    await page.locator('[data-widget="xor-network"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-widget="xor-network"]')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}
