import { dragRangeTo, expect, slider, test } from './fixtures';
import { expectNoNaN, num, openWidget, typeInto } from './learningHelpers';
import { seriousViolations } from './axe';
import { expectSliderRefusals } from './badNumbers';
import { advertisingParams } from '../../src/widgets/advertising/params';
import { lossParams } from '../../src/widgets/loss/params';

test("the loss widget shows the notes' MSE example: 25 + 4 = 29, with 14.5 under the half-sum and mean conventions", async ({
  page,
}) => {
  const widget = await openWidget(page, '/en/loss-functions', 'loss');
  expect(await num(widget, 'data-sse')).toBe(29);
  expect(await num(widget, 'data-half-sse')).toBe(14.5);
  expect(await num(widget, 'data-mean-se')).toBe(14.5);
  await expect(widget.locator('tr[data-term="1"]')).toHaveAttribute('data-value', '25');
  await expect(widget.locator('tr[data-term="2"]')).toHaveAttribute('data-value', '4');
  await expect(widget.locator('[data-convention="sum"]')).toContainText('29');
});

test('typing a prediction onto its target removes its term from the loss', async ({ page }) => {
  const widget = await openWidget(page, '/en/loss-functions', 'loss');
  await typeInto(widget, 'y1', 105);
  expect(await num(widget, 'data-sse')).toBe(4);
  await typeInto(widget, 't2', 80);
  expect(await num(widget, 'data-sse')).toBe(0);
  await slider(widget, 'y1').reset.click();
  expect(await num(widget, 'data-sse')).toBe(25);
});

test('dragging and arrow keys change a prediction and the squared error follows', async ({ page }) => {
  const widget = await openWidget(page, '/en/loss-functions', 'loss');
  await dragRangeTo(page, slider(widget, 'y2').range, 120);
  const y2 = await slider(widget, 'y2').value();
  expect(Math.abs(y2 - 120)).toBeLessThan(3);
  expect(await num(widget, 'data-sse')).toBeCloseTo(25 + (y2 - 78) ** 2, 9);
  await slider(widget, 'y2').range.focus();
  await page.keyboard.press('ArrowRight');
  expect(await slider(widget, 'y2').value()).toBeCloseTo(y2 + 1, 9);
});

test('cross-entropy is −log of the true class probability, and only that row contributes', async ({ page }) => {
  const widget = await openWidget(page, '/en/loss-functions', 'loss', 1);
  await expect(widget).toHaveAttribute('data-mode', 'classification');
  expect(await num(widget, 'data-ce')).toBeCloseTo(-Math.log(0.7 + 1e-7), 12);
  expect(await num(widget.locator('tr[data-term="1"]'), 'data-ce-term')).toBe(0);
  await widget.locator('input[data-label-choice="1"]').check();
  expect(await num(widget, 'data-ce')).toBeCloseTo(-Math.log(0.1 + 1e-7), 12);
  await typeInto(widget, 'p1', 0);
  expect(await num(widget, 'data-ce')).toBeCloseTo(-Math.log(1e-7), 9);
  await expect(widget.locator('[data-mass]')).toBeVisible();
  // Arrow keys move the radio group.
  await widget.locator('input[data-label-choice="1"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.locator('[data-var="label"]')).toHaveAttribute('data-value', '1');
  await expectNoNaN(widget);
});

test('every number field in the loss widget refuses bad values with a visible message', async ({ page }) => {
  const widget = await openWidget(page, '/en/loss-functions', 'loss');
  test.setTimeout(180_000);
  await expectSliderRefusals(slider(widget, 'y1'), { ...lossParams.y1, good: 50 });
  for (const name of ['y2', 't1', 't2'] as const)
    await expectSliderRefusals(slider(widget, name), { ...lossParams[name], good: 50 }, 'some');
  const ce = await openWidget(page, '/en/loss-functions', 'loss', 1);
  await expectSliderRefusals(slider(ce, 'p1'), { ...lossParams.p1, good: 0.5 });
  for (const name of ['p2', 'p3'] as const)
    await expectSliderRefusals(slider(ce, name), { ...lossParams[name], good: 0.5 }, 'some');
  await expectNoNaN(ce);
});

test('the advertising neuron predicts live from its sliders and starts at MSE 21879', async ({ page }) => {
  const widget = await openWidget(page, '/en/loss-functions', 'advertising');
  expect(await num(widget, 'data-mse')).toBeCloseTo(21879, 9);
  await typeInto(widget, 'b', 139.4);
  for (let i = 1; i <= 5; i++)
    expect(await num(widget.locator(`tr[data-row="${i}"]`), 'data-prediction')).toBeCloseTo(139.4, 9);
  await dragRangeTo(page, slider(widget, 'w1').range, 60);
  const w1 = await slider(widget, 'w1').value();
  const z1 = (120 - 63) / 35.366650958212034;
  expect(await num(widget.locator('tr[data-row="1"]'), 'data-prediction')).toBeCloseTo(139.4 + w1 * z1, 6);
});

test('fitting the advertising data with gradient descent converges to b = 139.4 and a tiny MSE', async ({ page }) => {
  const widget = await openWidget(page, '/en/loss-functions', 'advertising');
  await widget.locator('[data-action="fit"]').click();
  await expect(widget).toHaveAttribute('data-fit-status', 'converged', { timeout: 60_000 });
  expect(await num(widget, 'data-mse')).toBeLessThan(0.01);
  expect(await slider(widget, 'b').value()).toBeCloseTo(139.4, 2);
  expect(await slider(widget, 'w1').value()).toBeCloseTo(61.2, 0);
  await expect(widget.locator('[data-message="converged"]')).toContainText('✓');
});

test('a learning rate of 0.7 makes the fit diverge: it stops, says so and puts the weights back', async ({ page }) => {
  const widget = await openWidget(page, '/en/loss-functions', 'advertising');
  await typeInto(widget, 'lr', 0.7);
  await widget.locator('[data-action="fit"]').click();
  await expect(widget).toHaveAttribute('data-fit-status', 'diverged', { timeout: 30_000 });
  await expect(widget.locator('[data-message="diverged"]')).toContainText('Diverged');
  expect(await num(widget, 'data-mse')).toBeCloseTo(21879, 9);
  await expectNoNaN(widget);
});

test('every number field of the advertising widget refuses bad values', async ({ page }) => {
  test.setTimeout(180_000);
  const widget = await openWidget(page, '/en/loss-functions', 'advertising');
  await expectSliderRefusals(slider(widget, 'w1'), { ...advertisingParams.w1, good: 1 });
  for (const [name, good] of [
    ['w2', 1],
    ['w3', 1],
    ['b', 100],
    ['lr', 0.1],
  ] as const) {
    await expectSliderRefusals(slider(widget, name), { ...advertisingParams[name], good }, 'some');
  }
  await expectNoNaN(widget);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the loss-functions chapter passes axe in the ${scheme} theme with widgets in changed states`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ baseURL, colorScheme: scheme });
    const page = await context.newPage();
    const ad = await openWidget(page, '/en/loss-functions', 'advertising');
    await typeInto(ad, 'lr', 0.7);
    await ad.locator('[data-action="fit"]').click();
    await expect(ad).toHaveAttribute('data-fit-status', 'diverged', { timeout: 30_000 });
    const ce = page.locator('[data-widget="loss"]').nth(1);
    await typeInto(ce, 'p1', 0);
    await slider(ce, 'p2').field.fill('abc');
    await slider(ce, 'p2').field.press('Enter');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

test('the Korean chapter shows the same example with Korean labels', async ({ page }) => {
  const widget = await openWidget(page, '/ko/loss-functions', 'loss');
  expect(await num(widget, 'data-sse')).toBe(29);
  await expect(widget.locator('[data-convention="sum"]')).toContainText('강의 노트');
});
