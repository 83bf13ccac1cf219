import { dragRangeTo, expect, slider, tapSettled, test } from './fixtures';
import { forwardOracle, numAttr, typeValue, widgetOn } from './foundationsHelpers';
import { seriousViolations } from './axe';
import { expectSliderRefusals } from './badNumbers';
import { forwardPassParams } from '../../src/widgets/forwardPass/params';
import type { Locator, Page } from '@playwright/test';

const matmul = (page: Page) => widgetOn(page, '/en/forward-pass', 'matmul');
const outputs = async (widget: Locator) =>
  Promise.all((await widget.locator('[data-node^="y"]').all()).map((el) => numAttr(el)));

async function typeCell(widget: Locator, name: string, text: string) {
  const cell = widget.locator(`input[data-var="${name}"]`);
  await cell.fill(text);
  await cell.press('Enter');
}

test("the notes' product [1, 2]·[[1, 3, 5], [2, 4, 6]] is [5, 11, 17], and typed cells update it", async ({ page }) => {
  const widget = await matmul(page);
  expect(await outputs(widget)).toEqual([5, 11, 17]);
  await typeCell(widget, 'w11', '10');
  await typeCell(widget, 'x2', '-0.5');
  expect(await outputs(widget)).toEqual([1 * 10 - 0.5 * 2, 3 - 0.5 * 4, 5 - 0.5 * 6]);
});

test('hovering or focusing an output lights the column of W that makes it', async ({ page }) => {
  const widget = await matmul(page);
  await widget.locator('[data-node="y2"]').hover();
  await expect(widget).toHaveAttribute('data-focus-col', '2');
  for (const name of ['w12', 'w22'])
    await expect(widget.locator(`input[data-var="${name}"]`)).toHaveClass(/matmul-lit/);
  await expect(widget.locator('input[data-var="w11"]')).not.toHaveClass(/matmul-lit/);
  await expect(widget.locator('[data-explain="y2"]')).toBeVisible();
  // From the keyboard: Tab from the last W cell reaches y1, then y2, then y3.
  await widget.locator('input[data-var="w23"]').focus();
  await page.keyboard.press('Tab');
  await expect(widget).toHaveAttribute('data-focus-col', '1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(widget).toHaveAttribute('data-focus-col', '3');
  await expect(widget.locator('input[data-var="w23"]')).toHaveClass(/matmul-lit/);
  await expect(widget.locator('[data-explain="y3"]')).toContainText('17');
});

test('a shape mismatch explains itself instead of giving a result, and fixing it brings the result back', async ({
  page,
}) => {
  const widget = await matmul(page);
  await widget.locator('select[data-var="wRows"]').selectOption('3');
  await expect(widget).toHaveAttribute('data-status', 'mismatch');
  await expect(widget.locator('[data-node^="y"]')).toHaveCount(0);
  await expect(widget.locator('[data-verdict="mismatch"]')).toContainText('X has 2 numbers but W has 3 rows');
  await widget.locator('select[data-var="xLength"]').selectOption('3');
  await expect(widget).toHaveAttribute('data-status', 'ok');
  // The new row and the new x3 start at 0, so the old numbers come back.
  expect(await outputs(widget)).toEqual([5, 11, 17]);
  await typeCell(widget, 'x3', '1');
  await typeCell(widget, 'w31', '2');
  expect((await outputs(widget))[0]).toBe(7);
  await widget.locator('select[data-var="wCols"]').selectOption('1');
  expect(await outputs(widget)).toEqual([7]);
});

test('the cells refuse bad values with a visible message and clamp to ±100', async ({ page }) => {
  test.setTimeout(120_000); // many typed values on a busy shared machine; room to finish, not a speed check
  const widget = await matmul(page);
  const cell = widget.locator('input[data-var="w22"]');
  const message = widget.locator('.matmul-message');
  for (const [text, reason, value] of [
    ['abc', 'notANumber', 4],
    ['', 'empty', 4],
    ['NaN', 'nan', 4],
    ['1e309', 'infinite', 100],
    ['-1e6', 'tooSmall', -100],
    ['250', 'tooLarge', 100],
  ] as const) {
    await typeCell(widget, 'w22', '4');
    await typeCell(widget, 'w22', text);
    await expect(message).toHaveAttribute('data-refused', reason);
    await expect(message).toContainText('w22');
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(await numAttr(cell)).toBe(value);
    expect((await outputs(widget))[1]).toBe(3 + 2 * value);
  }
  await typeCell(widget, 'w22', '4');
  await expect(message).toBeEmpty();
  await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
});

const book = {
  X: [1.0, 0.5],
  W1: [0.1, 0.3, 0.5, 0.2, 0.4, 0.6],
  B1: [0.1, 0.2, 0.3],
  W2: [0.1, 0.4, 0.2, 0.5, 0.3, 0.6],
  B2: [0.1, 0.2],
  W3: [0.1, 0.3, 0.2, 0.4],
  B3: [0.1, 0.2],
};
type Params = typeof book;

async function expectSignals(widget: Locator, s: ReturnType<typeof forwardOracle>, digits = 12) {
  const groups: [string, number[]][] = [
    ['a1_', s.A1],
    ['z1_', s.Z1],
    ['a2_', s.A2],
    ['z2_', s.Z2],
    ['a3_', s.A3],
    ['y', s.Y],
  ];
  for (const [prefix, values] of groups) {
    for (const [i, v] of values.entries())
      expect(await numAttr(widget.locator(`[data-node="${prefix}${i + 1}"]`))).toBeCloseTo(v, digits);
  }
}

const forwardPass = (page: Page) => widgetOn(page, '/en/forward-pass', 'forward-pass');

test("the notes' network gives A1, Z1, A2, Z2, A3 as printed, and y is softmax(A3), not A3", async ({ page }) => {
  const widget = await forwardPass(page);
  expect(await numAttr(widget.locator('[data-node="x1"]'))).toBe(1);
  expect(await numAttr(widget.locator('[data-node="x2"]'))).toBe(0.5);
  const notes = {
    A1: [0.3, 0.7, 1.1],
    Z1: [0.57444252, 0.66818777, 0.75026011],
    A2: [0.51615984, 1.21402696],
    Z2: [0.62624937, 0.7710107],
    A3: [0.31682708, 0.69627909],
    Y: [0.40625907, 0.59374093],
  };
  await expectSignals(widget, notes, 7);
  const y1 = await numAttr(widget.locator('[data-node="y1"]'));
  expect(Math.abs(y1 - 0.31682708)).toBeGreaterThan(0.05);
  await expectSignals(widget, forwardOracle(book));
});

test('changing a weight by typing, dragging and keys moves every later signal, and a negative edge is dashed', async ({
  page,
}) => {
  const widget = await forwardPass(page);
  const p: Params = structuredClone(book);
  await widget.locator('button[data-group="layer1"]').click();
  await typeValue(widget, 'W1_11', '-1');
  p.W1[0] = -1;
  await expectSignals(widget, forwardOracle(p));
  expect(await numAttr(widget.locator('[data-node="a1_1"]'))).toBeCloseTo(-1 + 0.5 * 0.2 + 0.1, 12);
  const edge = widget.locator('[data-edge="W1_11"]');
  await expect(edge).toHaveClass(/fp-edge-neg/);
  expect(await numAttr(edge, 'data-weight')).toBe(-1);
  // W1_12 is row 1, column 2: the weight from x1 to neuron 2, so it changes a1_2 and not a1_1.
  await typeValue(widget, 'W1_12', '1');
  p.W1[1] = 1;
  expect(await numAttr(widget.locator('[data-node="a1_2"]'))).toBeCloseTo(1 + 0.5 * 0.4 + 0.2, 12);
  await widget.locator('button[data-group="layer3"]').click();
  const s = slider(widget, 'W3_22');
  await s.range.focus();
  await page.keyboard.press('ArrowRight');
  p.W3[3] = 0.5;
  expect(await s.value()).toBeCloseTo(0.5, 10);
  await expectSignals(widget, forwardOracle(p));
  await dragRangeTo(page, slider(widget, 'B3_1').range, 2);
  p.B3[0] = await slider(widget, 'B3_1').value();
  expect(Math.abs(p.B3[0] - 2)).toBeLessThan(0.1);
  await expectSignals(widget, forwardOracle(p));
  await widget.locator('button[data-group="input"]').click();
  await typeValue(widget, 'X_2', '-2');
  p.X[1] = -2;
  await expectSignals(widget, forwardOracle(p));
});

test('the matrix view shows the same signals, and the toggle switches back', async ({ page }) => {
  const widget = await forwardPass(page);
  await widget.locator('button[data-view-choice="matrix"]').click();
  await expect(widget).toHaveAttribute('data-view', 'matrix');
  await expect(widget.locator('svg.fp-diagram')).toHaveCount(0);
  await expect(widget.locator('.fp-matrix .katex').first()).toBeVisible();
  await expectSignals(widget, forwardOracle(book));
  await widget.locator('button[data-group="layer2"]').click();
  await typeValue(widget, 'B2_2', '-0.4');
  await expectSignals(widget, forwardOracle({ ...book, B2: [0.1, -0.4] }));
  await widget.locator('button[data-view-choice="diagram"]').click();
  await expect(widget.locator('svg.fp-diagram')).toBeVisible();
  expect(await numAttr(widget.locator('[data-node="a2_2"]'))).toBeCloseTo(
    forwardOracle({ ...book, B2: [0.1, -0.4] }).A2[1]!,
    12,
  );
});

test('the weight sliders refuse bad values', async ({ page }) => {
  test.setTimeout(120_000); // many typed values on a busy shared machine; room to finish, not a speed check
  const widget = await forwardPass(page);
  await widget.locator('button[data-group="layer2"]').click();
  await expectSliderRefusals(slider(widget, 'W2_31'), { ...forwardPassParams.W2, good: 0.3 });
});

for (const scheme of ['light', 'dark'] as const) {
  // axe over a whole chapter full of KaTeX takes a while on a busy machine; this is room to finish, not a speed check.
  test(`the forward-pass chapter passes axe in the ${scheme} theme with widgets in changed states`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ baseURL, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/ko/forward-pass');
    const mm = page.locator('[data-widget="matmul"]');
    await mm.locator('select[data-var="wRows"]').selectOption('3');
    await typeCell(mm, 'x1', 'abc');
    const fp = page.locator('[data-widget="forward-pass"]');
    await fp.locator('button[data-group="layer1"]').click();
    await typeValue(fp, 'W1_11', '-2');
    expect(await seriousViolations(page)).toEqual([]);
    await fp.locator('button[data-view-choice="matrix"]').click();
    await expect(fp.locator('.fp-matrix')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

test('on a phone the view toggle and the layer tabs work by touch, and the page does not scroll sideways', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto('/en/forward-pass');
  const fp = page.locator('[data-widget="forward-pass"]');
  await tapSettled(page, fp.locator('button[data-group="layer3"]'));
  await expect(fp.locator('[data-var="W3_11"]')).toBeVisible();
  await tapSettled(page, fp.locator('button[data-view-choice="matrix"]'));
  await expect(fp).toHaveAttribute('data-view', 'matrix');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
