import { expect, test } from './fixtures';
import { seriousViolations } from './axe';

test('the glossary page lists every term in both languages and filters them', async ({ page }) => {
  await page.goto('/ko/glossary');
  await expect(page.locator('h1')).toHaveText('용어집');
  const entries = page.locator('.glossary-entry');
  const total = await entries.count();
  expect(total).toBeGreaterThanOrEqual(30);
  await expect(page.locator('[data-term="backpropagation"] dt')).toContainText('역전파');
  await expect(page.locator('[data-term="backpropagation"] dt [lang="en"]')).toHaveText('(backpropagation)');
  await page.getByLabel('용어 찾기').fill('기울기');
  await expect(entries.first()).toBeVisible();
  expect(await entries.count()).toBeLessThan(total);
  await page.goto('/en/glossary');
  await expect(page.locator('[data-term="loss-function"] dt')).toContainText('loss function');
  await expect(page.locator('[data-term="loss-function"] dt [lang="ko"]')).toHaveText('(손실 함수)');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the contents link to the glossary, in the reader language', async ({ page }) => {
  await page.goto('/en/perceptron');
  await page.locator('#toc-panel a[data-toc-glossary]').click();
  await expect(page).toHaveURL(/\/en\/glossary$/);
  await page.locator('a[data-lang-switch="ko"]').click();
  await expect(page).toHaveURL(/\/ko\/glossary$/);
});

for (const [lang, term, other] of [
  ['en', 'perceptron', '퍼셉트론'],
  ['ko', 'perceptron', 'perceptron'],
] as const) {
  test(`the first use of a term in a chapter explains it on hover and focus (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/perceptron`);
    const marked = page.locator(`.prose .glossary-term[data-term="${term}"]`);
    await expect(marked).toHaveCount(1);
    const button = marked.locator('button');
    const tip = marked.locator('[role="tooltip"]');
    await expect(tip).toBeHidden();
    await button.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(other);
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
    await button.focus();
    await expect(tip).toBeVisible();
    await expect(button).toHaveAttribute('aria-describedby', /.+/);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // Each term is marked once per chapter.
    expect(await page.locator('.prose .glossary-term').count()).toBe(
      await page
        .locator('.prose .glossary-term')
        .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-term'))).size),
    );
  });
}
