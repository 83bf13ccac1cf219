import { expect, test } from './fixtures';
import { seriousViolations } from './axe';
import { badNumbers } from './badNumbers';

const answers = {
  tax: 650,
  all_price: 1.1,
  orange_price: 1.1,
  apple_price: 1.1,
  orange_num: 165,
  orange: 3.3,
  apple_num: 110,
  apple: 2.2,
} as const;

async function openExercise(page: import('@playwright/test').Page, query = '') {
  await page.goto(`/en/computational-graph${query}`);
  const widget = page.locator('[data-widget="comp-graph-exercise"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('[data-answer]')).toHaveCount(8);
  return widget;
}

const box = (widget: import('@playwright/test').Locator, name: string) =>
  widget.locator(`[data-answer="${name}"] input`);

test('the exercise accepts the right answers (rounded as the book prints them)', async ({ page }) => {
  const widget = await openExercise(page);
  for (const [name, v] of Object.entries(answers)) {
    await box(widget, name).fill(String(v));
    await box(widget, name).press('Enter');
  }
  await widget.locator('[data-control="check"]').click();
  await expect(widget).toHaveAttribute('data-right', '8');
  await expect(widget.locator('[data-score]')).toContainText('All 8 boxes are right');
  for (const name of Object.keys(answers))
    await expect(widget.locator(`[data-answer="${name}"]`)).toHaveAttribute('data-verdict', 'right');
});

test('the exercise rejects wrong answers and marks empty boxes, with hints', async ({ page }) => {
  const widget = await openExercise(page);
  await box(widget, 'tax').fill('200');
  await box(widget, 'tax').press('Enter');
  await box(widget, 'orange').fill('3.3');
  await box(widget, 'orange').press('Tab');
  await box(widget, 'apple').fill('-2.2');
  await box(widget, 'apple').press('Enter');
  await widget.locator('[data-control="check"]').click();
  await expect(widget.locator('[data-answer="tax"]')).toHaveAttribute('data-verdict', 'wrong');
  await expect(widget.locator('[data-answer="apple"]')).toHaveAttribute('data-verdict', 'wrong');
  await expect(widget.locator('[data-answer="orange"]')).toHaveAttribute('data-verdict', 'right');
  await expect(widget.locator('[data-answer="apple_num"]')).toHaveAttribute('data-verdict', 'empty');
  await expect(widget.locator('[data-score]')).toContainText('1 of 8');
  await widget.locator('[data-answer="tax"] .cgx-hint-button').click();
  await expect(widget.locator('[data-hint="tax"]')).toContainText('multiply price');
});

test('the reveal shows every answer, and ?noreveal=1 hides it even after answers change the URL', async ({ page }) => {
  const widget = await openExercise(page);
  await widget.locator('[data-control="reveal"]').click();
  await expect(widget.locator('[data-answer="tax"] [data-revealed]')).toHaveAttribute('data-revealed', '650');
  await expect(widget.locator('[data-node="apple"]')).toHaveAttribute('data-grad-known', 'true');
  const hidden = await openExercise(page, '?noreveal=1');
  await expect(hidden).toHaveAttribute('data-noreveal', 'true');
  await expect(hidden.locator('[data-control="reveal"]')).toHaveCount(0);
  await box(hidden, 'tax').fill('650');
  await box(hidden, 'tax').press('Enter');
  await expect.poll(() => page.url()).toContain('answers');
  expect(page.url()).toContain('noreveal=1');
  await page.reload();
  const again = page.locator('[data-widget="comp-graph-exercise"]');
  await expect(box(again, 'tax')).toHaveValue('650');
  await expect(again.locator('[data-control="reveal"]')).toHaveCount(0);
});

test('every answer box refuses bad values with a visible message', async ({ page }) => {
  const widget = await openExercise(page);
  const row = widget.locator('[data-answer="apple"]');
  // The answer boxes take any number in ±1e6; an empty box is not refused but cleared (checked below).
  const bads = badNumbers(-1e6, 1e6, 2).filter((b) => b.reason !== 'empty');
  for (const bad of bads) {
    await box(widget, 'apple').fill('2');
    await box(widget, 'apple').press('Enter');
    await box(widget, 'apple').fill(bad.text);
    await box(widget, 'apple').press('Enter');
    await expect(row.locator('.cgx-message')).toBeVisible();
    await expect(row.locator('.cgx-message')).toHaveAttribute('data-refused', bad.reason);
    await expect(box(widget, 'apple')).toHaveAttribute('aria-invalid', 'true');
  }
  await box(widget, 'apple').fill('abc');
  await box(widget, 'apple').press('Enter');
  await expect(row.locator('.cgx-message')).toHaveAttribute('data-refused', 'notANumber');
  await box(widget, 'apple').fill('1e309');
  await box(widget, 'apple').press('Enter');
  await expect(row.locator('.cgx-message')).toHaveAttribute('data-refused', 'infinite');
  await expect(box(widget, 'apple')).toHaveValue('1000000');
  await box(widget, 'apple').fill('');
  await box(widget, 'apple').press('Enter');
  await expect(row.locator('.cgx-message')).toBeEmpty();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`both graph chapters pass axe in the ${scheme} theme with widgets mid-step, checked and in error`, async ({
    browser,
    baseURL,
  }) => {
    test.slow();
    const context = await browser.newContext({ baseURL, colorScheme: scheme });
    const page = await context.newPage();
    const widget = await openExercise(page);
    await box(widget, 'tax').fill('abc');
    await box(widget, 'tax').press('Enter');
    await widget.locator('[data-control="check"]').click();
    await widget.locator('[data-answer="apple"] .cgx-hint-button').click();
    const stepped = page.locator('figure[data-scope="problem-1-backward"] [data-widget="comp-graph"]');
    await stepped.locator('[data-control="reset"]').click();
    await stepped.locator('[data-control="step"]').click();
    await stepped.locator('[data-node="apple"]').hover();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/ko/backpropagation');
    const editor = page.locator('figure[data-scope="editor"] [data-widget="comp-graph"]');
    await editor.locator('input[data-var="expression"]').fill('x + * y');
    await expect(editor.locator('[data-parse-error]')).toBeVisible();
    await page.locator('figure[data-scope="sigmoid"] [data-toggle="collapse"]').click();
    await page.locator('figure[data-scope="shared"]').scrollIntoViewIfNeeded();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}
