import { expect, tapSettled, test } from './fixtures';
import { cell, figure, num, typeInto } from './layersHelpers';
import { seriousViolations } from './axe';
import { badNumbers } from './badNumbers';

test('ReLU lets the upstream gradient through only where x > 0, and follows an edited x', async ({ page }) => {
  await page.goto('/en/layers');
  const lab = await figure(page, 'lab-relu', 'layer-lab');
  await expect(lab).toHaveAttribute('data-layer', 'relu');
  const dx = [1, 0, 3, 0, 5, 6];
  for (let i = 0; i < 6; i++) expect(await cell(lab, 'dx', Math.floor(i / 3), i % 3).value()).toBe(dx[i]);
  // Make x[1,2] (−0.5) positive: the mask opens and dout = 2 passes.
  await typeInto(cell(lab, 'x', 0, 1).input, '0.7');
  expect(await cell(lab, 'mask', 0, 1).value()).toBe(1);
  expect(await cell(lab, 'y', 0, 1).value()).toBeCloseTo(0.7, 12);
  expect(await cell(lab, 'dx', 0, 1).value()).toBe(2);
  // And close it again from the keyboard: a negative value typed exactly.
  await typeInto(cell(lab, 'x', 1, 2).input, '-3');
  expect(await cell(lab, 'dx', 1, 2).value()).toBe(0);
  await expect(lab.locator('.layer-summary')).toContainText('4 of 6');
});

test('pointing at a result highlights the entries it came from, by mouse and by keyboard', async ({ page }) => {
  await page.goto('/en/layers');
  const lab = await figure(page, 'lab-affine', 'layer-lab');
  await cell(lab, 'Y', 1, 2).td.hover();
  for (const key of [
    'X"] [data-cell="1,0',
    'X"] [data-cell="1,1',
    'W"] [data-cell="0,2',
    'W"] [data-cell="1,2',
    'b"] [data-cell="0,2',
  ]) {
    await expect(lab.locator(`[data-matrix="${key}"]`)).toHaveClass(/is-source/);
  }
  await expect(cell(lab, 'X', 0, 0).td).not.toHaveClass(/is-source/);
  await expect(lab.locator('.layer-explain')).toContainText('Y[2,3] = row 2 of X · column 3 of W + b[3]');
  await cell(lab, 'dW', 0, 1).td.focus();
  await expect(cell(lab, 'X', 0, 0).td).toHaveClass(/is-source/);
  await expect(cell(lab, 'X', 1, 0).td).toHaveClass(/is-source/);
  await expect(cell(lab, 'dY', 1, 1).td).toHaveClass(/is-source/);
  await expect(cell(lab, 'W', 0, 0).td).not.toHaveClass(/is-source/);
  await page.keyboard.press('Tab');
  await expect(lab.locator('.layer-explain')).toContainText('dW[1,3]');
});

test('Sigmoid backward is dout·y(1 − y): 0.25 at x = 0', async ({ page }) => {
  await page.goto('/en/layers');
  const lab = await figure(page, 'lab-sigmoid', 'layer-lab');
  await typeInto(cell(lab, 'x', 0, 0).input, '0');
  expect(await cell(lab, 'y', 0, 0).value()).toBe(0.5);
  expect(await cell(lab, 'local', 0, 0).value()).toBe(0.25);
  await typeInto(cell(lab, 'dout', 0, 0).input, '4');
  expect(await cell(lab, 'dx', 0, 0).value()).toBe(1);
  const y = await cell(lab, 'y', 1, 1).value();
  expect(await cell(lab, 'dx', 1, 1).value()).toBeCloseTo(5 * y * (1 - y), 12);
});

test('Affine gives Y = XW + b, dX = dY·Wᵀ, dW = Xᵀ·dY and db summed over the batch, with shapes in the graph', async ({
  page,
}) => {
  await page.goto('/en/layers');
  const lab = await figure(page, 'lab-affine', 'layer-lab');
  const expectMatrix = async (name: string, rows: number, cols: number, values: number[]) => {
    await expect(lab.locator(`[data-matrix="${name}"]`)).toHaveAttribute('data-shape', `${rows},${cols}`);
    for (let i = 0; i < values.length; i++)
      expect(await cell(lab, name, Math.floor(i / cols), i % cols).value()).toBeCloseTo(values[i] ?? NaN, 12);
  };
  await expectMatrix('Y', 2, 3, [0.6, 1.3, 2, 0.1, 0.1, 0.1]);
  await expectMatrix('dX', 2, 2, [-0.4, -0.4, 0.65, 0.9]);
  await expectMatrix('dW', 2, 3, [0.5, -2, -1, 2.25, 1, -2]);
  await expectMatrix('db', 1, 3, [1.5, 2, -1]);
  await expect(lab.locator('[data-node="B"]')).toHaveAttribute('data-grad', '1.5,2,-1');
  await expect(lab.locator('[data-node="Y"] text').first()).toHaveText('Y (2,3)');
  // Add a third input to the batch sum by changing dY: db follows.
  await typeInto(cell(lab, 'dY', 1, 2).input, '3');
  expect(await cell(lab, 'db', 0, 2).value()).toBe(2);
  await typeInto(cell(lab, 'W', 1, 2).input, '1');
  expect(await cell(lab, 'Y', 0, 2).value()).toBeCloseTo(1 * 0.5 + 2 * 1 + 0.3, 12);
  await expect(lab.locator('[data-node="W"]')).toHaveAttribute('data-value', '0.1,0.3,0.5,0.2,0.4,1');
});

test('Softmax-with-Loss sends back (0.3, −0.8, 0.5) for y = (0.3, 0.2, 0.5), t = (0, 1, 0), and less as y moves to the answer', async ({
  page,
}) => {
  await page.goto('/en/layers');
  const lab = await figure(page, 'lab-softmax', 'layer-lab');
  const panel = lab.locator('[data-layer="softmax-with-loss"]');
  const grads = async () => Promise.all([0, 1, 2].map((k) => num(cell(lab, 'dx', 0, k).td, 'data-grad')));
  const g = await grads();
  [0.3, -0.8, 0.5].forEach((v, i) => expect(g[i]).toBeCloseTo(v, 12));
  expect(await num(panel, 'data-loss')).toBeCloseTo(-Math.log(0.2), 12);
  await expect(lab.locator('[data-error-size]')).toHaveClass(/verdict-bad/);
  await lab.locator('button[data-action="nudge"]').click();
  const h = await grads();
  [0.15, -0.4, 0.25].forEach((v, i) => expect(h[i]).toBeCloseTo(v, 12));
  expect(await num(panel, 'data-loss')).toBeCloseTo(-Math.log(0.6), 12);
  await lab.locator('button[data-action="nudge"]').click();
  await expect(lab.locator('[data-error-size]')).toHaveClass(/verdict-ok/);
  // Another right answer: class 3.
  await lab.locator('button[data-target-class="2"]').click();
  expect(await cell(lab, 't', 0, 2).value()).toBe(1);
  expect(await cell(lab, 'dx', 0, 2).value()).toBeLessThan(0);
  await lab.locator('button[data-action="reset"]').click();
  expect(await cell(lab, 'dx', 0, 1).value()).toBeCloseTo(-0.8, 12);
  // Typed probabilities that do not sum to 1 are scaled, and said so.
  await typeInto(cell(lab, 'y', 0, 0).input, '1');
  await expect(lab.locator('[data-normalised]')).toBeVisible();
  expect(await cell(lab, 'dx', 0, 0).value()).toBeCloseTo(1 / 1.7, 12);
});

const editable: Record<string, { scope: string; matrices: [string, number, number][]; min: number; max: number }> = {
  relu: {
    scope: 'lab-relu',
    matrices: [
      ['x', 2, 3],
      ['dout', 2, 3],
    ],
    min: -10,
    max: 10,
  },
  sigmoid: {
    scope: 'lab-sigmoid',
    matrices: [
      ['x', 2, 3],
      ['dout', 2, 3],
    ],
    min: -10,
    max: 10,
  },
  affine: {
    scope: 'lab-affine',
    matrices: [
      ['X', 2, 2],
      ['W', 2, 3],
      ['b', 1, 3],
      ['dY', 2, 3],
    ],
    min: -10,
    max: 10,
  },
  softmax: { scope: 'lab-softmax', matrices: [['y', 1, 3]], min: 0.001, max: 1 },
};

for (const [layer, spec] of Object.entries(editable)) {
  test(`every ${layer} number field refuses bad values with a visible message and keeps a finite value`, async ({
    page,
  }) => {
    test.slow();
    await page.goto('/en/layers');
    const lab = await figure(page, spec.scope, 'layer-lab');
    const start = spec.min > 0 ? 0.5 : 1;
    for (const [name, rows, cols] of spec.matrices) {
      const message = lab.locator(`[data-matrix="${name}"] .slider-message`);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const { input, value } = cell(lab, name, r, c);
          // Every kind of bad text in the first cell; the cells share one input component, so the last cell gets one kind.
          const all = badNumbers(spec.min, spec.max, start);
          const k = r * cols + c;
          if (k !== 0 && k !== rows * cols - 1) continue;
          for (const bad of k === 0 ? all : [all[(rows * cols) % all.length]!]) {
            await typeInto(input, String(start));
            await typeInto(input, bad.text);
            await expect(message).toHaveAttribute('data-refused', bad.reason);
            await expect(message).toBeVisible();
            expect(await value()).toBe(bad.value);
            await expect(input).toHaveValue(String(bad.value));
          }
          await typeInto(input, String(start));
          await expect(message).toBeEmpty();
        }
      }
    }
    // No result ever shows NaN or Infinity.
    for (const v of await lab
      .locator('td[data-value]')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value'))))
      expect(Number.isFinite(Number(v))).toBe(true);
  });
}

test('a layer is chosen by touch on a phone, and the Korean page shows the same numbers', async ({
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
  await page.goto('/ko/layers');
  const lab = await figure(page, 'lab-relu', 'layer-lab');
  await tapSettled(page, lab.locator('button[data-choose-layer="softmax"]'));
  await expect(lab).toHaveAttribute('data-layer', 'softmax');
  expect(await cell(lab, 'dx', 0, 1).value()).toBeCloseTo(-0.8, 12);
  await tapSettled(page, lab.locator('button[data-action="nudge"]'));
  expect(await cell(lab, 'dx', 0, 1).value()).toBeCloseTo(-0.4, 12);
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the layers chapter passes axe in the ${scheme} theme with highlights, refusals and a nudged softmax`, async ({
    browser,
    baseURL,
  }) => {
    test.slow();
    const context = await browser.newContext({ baseURL, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/en/layers');
    const affine = await figure(page, 'lab-affine', 'layer-lab');
    await typeInto(cell(affine, 'W', 0, 0).input, 'abc');
    await cell(affine, 'Y', 0, 0).td.hover();
    const softmax = await figure(page, 'lab-softmax', 'layer-lab');
    await softmax.locator('button[data-action="nudge"]').click();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}
