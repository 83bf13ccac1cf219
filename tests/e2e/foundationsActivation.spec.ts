import { dragRangeTo, expect, slider, tapSettled, test } from './fixtures';
import { numAttr, typeValue, widgetOn } from './foundationsHelpers';
import { seriousViolations } from './axe';
import { expectSliderRefusals } from './badNumbers';
import { activationParams } from '../../src/widgets/activationPlot/params';
import { collapseParams, linearityParams } from '../../src/widgets/linearCollapse/params';
import { softmaxParams } from '../../src/widgets/softmax/params';
import type { Locator } from '@playwright/test';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const plot = (page: import('@playwright/test').Page) => widgetOn(page, '/en/activation-functions', 'activation-plot');

async function expectReadout(widget: Locator, hx: number, slope: number) {
  await expect.poll(() => numAttr(widget, 'data-hx')).toBeCloseTo(hx, 10);
  expect(await numAttr(widget, 'data-slope')).toBeCloseTo(slope, 10);
}

test('the sigmoid at x = 1 has h = 0.731059 and slope 0.196612, and the tangent is drawn', async ({ page }) => {
  const widget = await plot(page);
  await expect(widget).toHaveAttribute('data-fn', 'sigmoid');
  await expectReadout(widget, sigmoid(1), sigmoid(1) * (1 - sigmoid(1)));
  await expect(widget.locator('[data-readout="hx"]')).toHaveText('0.731059');
  await expect(widget.locator('[data-line="tangent"]')).toHaveCount(1);
  await typeValue(widget, 'x', '0');
  await expectReadout(widget, 0.5, 0.25);
});

test('each button picks its function and the readout follows: tanh, ReLU, identity', async ({ page }) => {
  const widget = await plot(page);
  await widget.locator('button[data-fn-choice="tanh"]').click();
  await expect(widget.locator('button[data-fn-choice="tanh"]')).toHaveAttribute('aria-pressed', 'true');
  await expectReadout(widget, Math.tanh(1), 1 - Math.tanh(1) ** 2);
  await widget.locator('button[data-fn-choice="relu"]').click();
  await typeValue(widget, 'x', '-2');
  await expectReadout(widget, 0, 0);
  await typeValue(widget, 'x', '2.5');
  await expectReadout(widget, 2.5, 1);
  await widget.locator('button[data-fn-choice="identity"]').click();
  await expectReadout(widget, 2.5, 1);
});

test('the step shows slope 0 on both sides and marks the jump at 0 as having no derivative', async ({ page }) => {
  const widget = await plot(page);
  await widget.locator('button[data-fn-choice="step"]').click();
  await expect(widget.locator('[data-mark="jump"]')).toHaveCount(1);
  await typeValue(widget, 'x', '-0.3');
  await expectReadout(widget, 0, 0);
  await typeValue(widget, 'x', '0.3');
  await expectReadout(widget, 1, 0);
  await typeValue(widget, 'x', '0');
  await expectReadout(widget, 0, 0);
  await expect(widget.locator('[data-caveat="step"]')).toContainText('derivative is undefined');
  await widget.locator('button[data-fn-choice="sigmoid"]').click();
  await expect(widget.locator('[data-mark="jump"]')).toHaveCount(0);
});

test('x moves with the keyboard, by dragging the slider and by dragging on the plot', async ({ page }) => {
  const widget = await plot(page);
  const s = slider(widget, 'x');
  await s.range.focus();
  await page.keyboard.press('ArrowRight');
  expect(await s.value()).toBeCloseTo(1.1, 10);
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await s.value()).toBeCloseTo(1.09, 10);
  await expectReadout(widget, sigmoid(1.09), sigmoid(1.09) * (1 - sigmoid(1.09)));
  await dragRangeTo(page, s.range, -2);
  expect(Math.abs((await s.value()) + 2)).toBeLessThan(0.15);
  // Press on the plot near its left edge: x follows the pointer.
  const svg = widget.locator('svg.activation-curve');
  const box = await svg.boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const x = await s.value();
  expect(x).toBeGreaterThan(1);
  expect(x).toBeLessThan(3);
  await expectReadout(widget, sigmoid(x), sigmoid(x) * (1 - sigmoid(x)));
});

test('the x field refuses bad values with a visible message', async ({ page }) => {
  test.setTimeout(120_000); // many typed values on a busy shared machine; room to finish, not a speed check
  const widget = await plot(page);
  await expectSliderRefusals(slider(widget, 'x'), { ...activationParams.x, good: 0.5 });
});

const collapse = (page: import('@playwright/test').Page) =>
  widgetOn(page, '/en/activation-functions', 'linear-collapse');

test('three linear layers with c = 2 take 1.5 to 3, 6, 12, the same as the one layer c³·x', async ({ page }) => {
  const widget = await collapse(page);
  for (const [node, v] of [
    ['x', 1.5],
    ['h1', 3],
    ['h2', 6],
    ['h3', 12],
    ['one-layer', 12],
  ] as const) {
    expect(await numAttr(widget.locator(`[data-node="${node}"]`))).toBeCloseTo(v, 12);
  }
  await expect(widget).toHaveAttribute('data-collapses', 'true');
  await typeValue(widget, 'c', '-1.3');
  await typeValue(widget, 'x', '0.7');
  const want = (-1.3) ** 3 * 0.7;
  expect(await numAttr(widget.locator('[data-node="h3"]'))).toBeCloseTo(want, 12);
  expect(await numAttr(widget.locator('[data-node="one-layer"]'))).toBeCloseTo(want, 12);
  await expect(widget.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'collapses');
});

test('ReLU layers do not collapse, and the linearity checks show which property fails', async ({ page }) => {
  const widget = await collapse(page);
  // Linear h passes both checks with the default numbers.
  await expect(widget.locator('[data-check="homogeneity"]')).toHaveAttribute('data-holds', 'true');
  await expect(widget.locator('[data-check="additivity"]')).toHaveAttribute('data-holds', 'true');
  await widget.locator('button[data-mode-choice="relu"]').click();
  await expect(widget).toHaveAttribute('data-collapses', 'false');
  await expect(widget.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'no-collapse');
  await expect(widget.locator('tr[data-row="-1"]')).toHaveAttribute('data-same', 'false');
  await expect(widget.locator('tr[data-row="2"]')).toHaveAttribute('data-same', 'true');
  await expect(widget.locator('[data-var="c"]')).toHaveCount(0);
  // Additivity fails for x1 = 1, x2 = -1: ReLU(0) = 0 but ReLU(1) + ReLU(-1) = 1.
  const add = widget.locator('[data-check="additivity"]');
  await expect(add).toHaveAttribute('data-holds', 'false');
  expect(await numAttr(add, 'data-lhs')).toBe(0);
  expect(await numAttr(add, 'data-rhs')).toBe(1);
  // Homogeneity holds for k = 2 but not for k = -1.
  const hom = widget.locator('[data-check="homogeneity"]');
  await expect(hom).toHaveAttribute('data-holds', 'true');
  await typeValue(widget, 'k', '-1');
  await expect(hom).toHaveAttribute('data-holds', 'false');
  expect(await numAttr(hom, 'data-rhs')).toBe(-1);
  await typeValue(widget, 'x2', '2');
  await expect(add).toHaveAttribute('data-holds', 'true');
});

for (const [name, { min, max }] of [
  ['k', linearityParams.k],
  ['c', collapseParams.c],
] as const) {
  test(`the ${name} field of linear-collapse refuses bad values`, async ({ page }) => {
    test.setTimeout(120_000); // many typed values on a busy shared machine; room to finish, not a speed check
    const widget = await collapse(page);
    await expectSliderRefusals(slider(widget, name), { min, max, good: 1.5 });
  });
}

const softmax = (page: import('@playwright/test').Page) => widgetOn(page, '/en/activation-functions', 'softmax');
const ys = async (widget: Locator, n: number) =>
  Promise.all(Array.from({ length: n }, (_, i) => numAttr(widget.locator(`[data-node="y${i + 1}"]`))));

test('softmax of 0.3, 2.9, 4.0 gives bars that sum to 1 in the same order', async ({ page }) => {
  const widget = await softmax(page);
  const y = await ys(widget, 3);
  [0.01821127329554753, 0.24519181293507386, 0.7365969137693786].forEach((v, i) => expect(y[i]).toBeCloseTo(v, 12));
  expect(await numAttr(widget.locator('svg.softmax-bars'), 'data-sum')).toBeCloseTo(1, 12);
  await expect(widget).toHaveAttribute('data-naive-ok', 'true');
});

test('typing 1010, 1000, 990 gives a finite stable softmax while the naive column shows Infinity and NaN', async ({
  page,
}) => {
  const widget = await softmax(page);
  await typeValue(widget, 'a1', '1010');
  await typeValue(widget, 'a2', '1000');
  await typeValue(widget, 'a3', '990');
  const y = await ys(widget, 3);
  expect(y.every(Number.isFinite)).toBe(true);
  expect(y[0]).toBeCloseTo(0.999954600070331, 12);
  expect(y[1]).toBeCloseTo(4.5397868608866656e-5, 15);
  expect(y[2]).toBeCloseTo(2.061060046209062e-9, 18);
  expect(y.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  await expect(widget).toHaveAttribute('data-naive-ok', 'false');
  await expect(widget.locator('tr[data-row="1"]')).toHaveAttribute('data-naive', 'NaN');
  await expect(widget.locator('tr[data-row="1"] td').nth(1)).toHaveText('Infinity');
  await expect(widget.locator('tr[data-row="1"] td').nth(2)).toHaveText('NaN');
  await expect(widget.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'naive-overflows');
  // The preset gives the same numbers.
  await widget.locator('button[data-preset="book"]').click();
  await widget.locator('button[data-preset="overflow"]').click();
  expect((await ys(widget, 3))[0]).toBeCloseTo(0.999954600070331, 12);
});

test('inputs can be added up to 6 and removed down to 2, and the outputs follow', async ({ page }) => {
  const widget = await softmax(page);
  const add = widget.locator('button[data-action="add"]');
  const remove = widget.locator('button[data-action="remove"]');
  for (let n = 4; n <= 6; n++) {
    await add.click();
    await expect(widget).toHaveAttribute('data-n', String(n));
  }
  await expect(add).toBeDisabled();
  await expect(widget.locator('[data-node^="y"]')).toHaveCount(6);
  await typeValue(widget, 'a6', '5');
  const y = await ys(widget, 6);
  expect(y.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  expect(Math.max(...y)).toBe(y[5]);
  for (let n = 5; n >= 2; n--) await remove.click();
  await expect(widget).toHaveAttribute('data-n', '2');
  await expect(remove).toBeDisabled();
  const two = await ys(widget, 2);
  const e = [Math.exp(0.3 - 2.9), 1];
  expect(two[0]).toBeCloseTo(e[0]! / (e[0]! + 1), 12);
  // Keyboard: arrows on a score's slider move it by 0.5.
  await slider(widget, 'a1').range.focus();
  await page.keyboard.press('ArrowRight');
  expect(await slider(widget, 'a1').value()).toBeCloseTo(0.8, 10);
});

test('the score fields take values up to ±2000 and refuse bad ones', async ({ page }) => {
  test.setTimeout(120_000); // many typed values on a busy shared machine; room to finish, not a speed check
  const widget = await softmax(page);
  await typeValue(widget, 'a2', '-1999.5');
  expect(await slider(widget, 'a2').value()).toBe(-1999.5);
  await expectSliderRefusals(slider(widget, 'a1'), { ...softmaxParams.a, good: 1010 });
});

for (const scheme of ['light', 'dark'] as const) {
  // axe over a whole chapter full of KaTeX takes a while on a busy machine; this is room to finish, not a speed check.
  test(`the activation chapter passes axe in the ${scheme} theme with widgets in changed states`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ baseURL, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/ko/activation-functions');
    const plotW = page.locator('[data-widget="activation-plot"]');
    await plotW.locator('button[data-fn-choice="step"]').click();
    await typeValue(plotW, 'x', 'abc');
    const col = page.locator('[data-widget="linear-collapse"]');
    await col.locator('button[data-mode-choice="relu"]').click();
    const sm = page.locator('[data-widget="softmax"]');
    await sm.locator('button[data-preset="overflow"]').click();
    await expect(sm).toHaveAttribute('data-naive-ok', 'false');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

test('on a phone the function buttons and the softmax presets work by touch', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/en/activation-functions');
  const plotW = page.locator('[data-widget="activation-plot"]');
  await tapSettled(page, plotW.locator('button[data-fn-choice="relu"]'));
  await expect(plotW).toHaveAttribute('data-fn', 'relu');
  const sm = page.locator('[data-widget="softmax"]');
  await tapSettled(page, sm.locator('button[data-preset="overflow"]'));
  expect(await numAttr(sm.locator('[data-node="y1"]'))).toBeCloseTo(0.999954600070331, 12);
  // Nothing on the page is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
