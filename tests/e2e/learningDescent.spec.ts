import { dragRangeTo, expect, slider, tapSettled, test } from './fixtures';
import { expectNoNaN, num, openWidget, scrollToWidget, typeInto } from './learningHelpers';
import { seriousViolations } from './axe';
import { expectSliderRefusals } from './badNumbers';
import { descentParams, startOn } from '../../src/widgets/gradientDescent/params';
import { sgdCompareParams } from '../../src/widgets/sgdCompare/params';

test('gradient descent from (−3, 4) with η = 0.1 reaches the minimum (0, 0)', async ({ page }) => {
  const widget = await openWidget(page, '/en/gradient-descent', 'gradient-descent');
  await expect(widget).toHaveAttribute('data-status', 'idle');
  await widget.locator('[data-action="play"]').click();
  await expect(widget).toHaveAttribute('data-status', 'converged');
  expect(await num(widget, 'data-steps')).toBe(49);
  expect(Math.abs(await num(widget, 'data-x0'))).toBeLessThan(1e-4);
  expect(Math.abs(await num(widget, 'data-x1'))).toBeLessThan(1e-4);
  expect(await num(widget, 'data-loss')).toBeLessThan(1e-8);
  await expect(widget.locator('[data-message="converged"]')).toContainText('Reached the minimum');
});

test('one step moves (−3, 4) by −η·∇L = −0.1·(−6, 8) to (−2.4, 3.2)', async ({ page }) => {
  const widget = await openWidget(page, '/en/gradient-descent', 'gradient-descent');
  await widget.locator('[data-action="step"]').click();
  expect(await num(widget, 'data-steps')).toBe(1);
  expect(await num(widget, 'data-x0')).toBeCloseTo(-2.4, 12);
  expect(await num(widget, 'data-x1')).toBeCloseTo(3.2, 12);
  expect(await num(widget, 'data-grad0')).toBeCloseTo(-4.8, 12);
  await widget.locator('[data-action="reset"]').click();
  expect(await num(widget, 'data-steps')).toBe(0);
  expect(await num(widget, 'data-x0')).toBe(-3);
});

test('a learning rate of 1.1 diverges: the run stops with a message and no NaN on screen', async ({ page }) => {
  const widget = await openWidget(page, '/en/gradient-descent', 'gradient-descent');
  await typeInto(widget, 'lr', 1.1);
  await widget.locator('[data-action="play"]').click();
  await expect(widget).toHaveAttribute('data-status', 'diverged');
  expect(await num(widget, 'data-loss')).toBeGreaterThan(1e6);
  expect(Number.isFinite(await num(widget, 'data-x0'))).toBe(true);
  await expect(widget.locator('[data-message="diverged"]')).toContainText('Diverged');
  await expect(widget.locator('[data-action="play"]')).toBeDisabled();
  await expectNoNaN(widget);
  // Typing the book's η = 10 clamps to the largest allowed rate, which diverges too.
  await slider(widget, 'lr').field.fill('10');
  await slider(widget, 'lr').field.press('Enter');
  await expect(slider(widget, 'lr').message).toHaveAttribute('data-refused', 'tooLarge');
  // Leaving the field keeps the refusal in view (nothing moves under the pointer).
  await slider(widget, 'lr').field.blur();
  await expect(slider(widget, 'lr').message).toHaveAttribute('data-refused', 'tooLarge');
  await widget.locator('[data-action="play"]').click();
  await expect(widget).toHaveAttribute('data-status', 'diverged');
  await expectNoNaN(widget);
});

test('the start point moves with arrow keys, by dragging and by its sliders', async ({ page }) => {
  const widget = await openWidget(page, '/en/gradient-descent', 'gradient-descent');
  const handle = widget.locator('.contour-start');
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  expect(await slider(widget, 'x0').value()).toBeCloseTo(-2.8, 9);
  expect(await slider(widget, 'x1').value()).toBeCloseTo(3.8, 9);
  expect(await num(widget, 'data-x0')).toBeCloseTo(-2.8, 9);
  // Drag the handle to near (2, −2).
  const plot = widget.locator('.contour-bg');
  const box = await plot.boundingBox();
  const hb = await handle.boundingBox();
  if (!box || !hb) throw new Error('plot not visible');
  await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.7, { steps: 10 });
  await page.mouse.up();
  expect(await slider(widget, 'x0').value()).toBeCloseTo(2, 0);
  expect(await slider(widget, 'x1').value()).toBeCloseTo(-2, 0);
  await dragRangeTo(page, slider(widget, 'x0').range, -4);
  expect(Math.abs((await slider(widget, 'x0').value()) + 4)).toBeLessThan(0.2);
  await widget.locator('[data-action="play"]').click();
  await expect(widget).toHaveAttribute('data-status', 'converged');
});

test('the long valley needs many more steps at η = 0.1 and diverges at 1.05', async ({ page }) => {
  test.setTimeout(120_000);
  const widget = await openWidget(page, '/en/gradient-descent', 'gradient-descent', 1);
  await expect(widget).toHaveAttribute('data-surface', 'valley');
  expect(await num(widget, 'data-x0')).toBe(-7);
  await widget.locator('[data-action="play"]').click();
  await expect(widget).toHaveAttribute('data-status', 'converged', { timeout: 60_000 });
  expect(await num(widget, 'data-steps')).toBe(962);
  await typeInto(widget, 'lr', 1.05);
  await widget.locator('[data-action="play"]').click();
  await expect(widget).toHaveAttribute('data-status', 'diverged');
  await expectNoNaN(widget);
  await widget.locator('[data-surface-choice="bowl"]').click();
  expect(await num(widget, 'data-x0')).toBe(-3);
});

test('every number field of the gradient-descent widget refuses bad values', async ({ page }) => {
  const widget = await openWidget(page, '/en/gradient-descent', 'gradient-descent');
  test.setTimeout(180_000);
  const bowl = startOn('bowl').range;
  await expectSliderRefusals(slider(widget, 'lr'), { ...descentParams.lr, good: 0.5 });
  await expectSliderRefusals(slider(widget, 'x0'), { ...bowl.x0, good: 1 }, 'some');
  await expectSliderRefusals(slider(widget, 'x1'), { ...bowl.x1, good: 1 }, 'some');
  await expectNoNaN(widget);
});

test('batch, mini-batch and SGD make 15, 45 and 75 updates, and only the noisy ones change with the seed', async ({
  page,
}) => {
  const widget = await openWidget(page, '/en/gradient-descent', 'sgd-compare');
  expect(await num(widget, 'data-updates-batch')).toBe(15);
  expect(await num(widget, 'data-updates-minibatch')).toBe(45);
  expect(await num(widget, 'data-updates-sgd')).toBe(75);
  const batch = await num(widget, 'data-final-batch');
  const sgd = await num(widget, 'data-final-sgd');
  expect(batch).toBeCloseTo(96.9629328247814, 6);
  expect(sgd).toBeCloseTo(93.86473008743387, 6);
  expect(await num(widget, 'data-min-loss')).toBeCloseTo(89.6772561560601, 6);
  await typeInto(widget, 'seed', 7);
  await expect(widget).toHaveAttribute('data-seed', '7');
  expect(await num(widget, 'data-final-batch')).toBe(batch);
  expect(await num(widget, 'data-final-sgd')).not.toBe(sgd);
  await slider(widget, 'seed').range.focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget).toHaveAttribute('data-seed', '8');
  await expect(widget.locator('[data-path="sgd"]')).toHaveAttribute('data-points', '76');
});

test('a large learning rate shows SGD wandering far above the minimum while batch reaches it', async ({ page }) => {
  test.setTimeout(120_000);
  const widget = await openWidget(page, '/en/gradient-descent', 'sgd-compare');
  await typeInto(widget, 'lr', 0.3);
  expect(await num(widget, 'data-final-batch')).toBeCloseTo(89.677, 2);
  expect(await num(widget, 'data-final-sgd')).toBeCloseTo(243.968, 2);
  await typeInto(widget, 'lr', 1.2);
  await expect(widget).toHaveAttribute('data-diverged-sgd', 'true');
  await expect(widget.locator('tr[data-method="sgd"]')).toContainText('diverged');
  await expectNoNaN(widget);
  await expectSliderRefusals(slider(widget, 'seed'), { ...sgdCompareParams.seed, good: 5 });
  await expectSliderRefusals(slider(widget, 'lr'), { ...sgdCompareParams.lr, good: 0.1 }, 'some');
});

test('init-compare reproduces the book: zero init gives 0.5 everywhere, He keeps ReLU activations alive, Xavier lets them shrink', async ({
  page,
}) => {
  const widget = await openWidget(page, '/en/gradient-descent', 'init-compare');
  await expect(widget).toHaveAttribute('data-ready', 'true');
  await expect(widget.locator('[data-layer]')).toHaveCount(5);
  const layer5 = widget.locator('[data-layer="5"]');
  expect(await num(layer5, 'data-std')).toBeGreaterThan(0.4);
  await widget.locator('[data-init-choice="zero"]').click();
  await expect(widget).toHaveAttribute('data-ready', 'true');
  await expect(widget).toHaveAttribute('data-init', 'zero');
  for (let l = 1; l <= 5; l++) {
    expect(await num(widget.locator(`[data-layer="${l}"]`), 'data-mean')).toBeCloseTo(0.5, 6);
    expect(await num(widget.locator(`[data-layer="${l}"]`), 'data-std')).toBeCloseTo(0, 6);
  }
  await widget.locator('[data-activation-choice="relu"]').click();
  await widget.locator('[data-init-choice="he"]').click();
  await expect(widget).toHaveAttribute('data-ready', 'true');
  await expect(widget).toHaveAttribute('data-activation', 'relu');
  const he = await num(widget.locator('[data-layer="5"]'), 'data-std');
  expect(he).toBeGreaterThan(0.5);
  expect(he).toBeLessThan(1.2);
  await widget.locator('[data-init-choice="xavier"]').click();
  await expect(widget).toHaveAttribute('data-init', 'xavier');
  await expect(widget).toHaveAttribute('data-ready', 'true');
  const first = await num(widget.locator('[data-layer="1"]'), 'data-std');
  const last = await num(widget.locator('[data-layer="5"]'), 'data-std');
  expect(last).toBeLessThan(first * 0.5);
});

test('gradient descent works by touch on a phone', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  const widget = await openWidget(page, '/en/gradient-descent', 'gradient-descent');
  const plot = widget.locator('.contour-bg');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('plot not visible');
  await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height * 0.1);
  expect(await slider(widget, 'x0').value()).toBeCloseTo(4, 0);
  expect(await slider(widget, 'x1').value()).toBeCloseTo(4, 0);
  await tapSettled(page, widget.locator('[data-action="play"]'));
  await expect(widget).toHaveAttribute('data-status', 'converged');
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the gradient-descent chapter passes axe in the ${scheme} theme with a diverged run`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ baseURL, colorScheme: scheme });
    const page = await context.newPage();
    const widget = await openWidget(page, '/en/gradient-descent', 'gradient-descent');
    await typeInto(widget, 'lr', 1.1);
    await widget.locator('[data-action="play"]').click();
    await expect(widget).toHaveAttribute('data-status', 'diverged');
    await slider(widget, 'x0').field.fill('abc');
    await slider(widget, 'x0').field.press('Enter');
    const init = await scrollToWidget(page, 'init-compare');
    await expect(init).toHaveAttribute('data-ready', 'true');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

for (const [width, height] of [
  [390, 844],
  [1280, 800],
] as const) {
  test(`every contour plot draws at its real width, so its tick labels stay readable (${width}×${height})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, viewport: { width, height } });
    const page = await context.newPage();
    for (const [path, count] of [
      ['/en/gradient-descent', 3],
      ['/en/training', 1],
    ] as const) {
      await page.goto(path);
      const plots = page.locator('svg.contour-svg');
      await expect(plots).toHaveCount(count);
      const rootPx = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      for (const plot of await plots.all()) {
        await plot.scrollIntoViewIfNeeded();
        // One chart unit is rootPx / 17 CSS px: the viewBox is the rendered width in those units.
        await expect
          .poll(() =>
            plot.evaluate(
              (svg: SVGSVGElement, k) => Math.abs(svg.getBoundingClientRect().width * k - svg.viewBox.baseVal.width),
              17 / Math.max(17, rootPx),
            ),
          )
          .toBeLessThanOrEqual(1);
        const tickPx = await plot
          .locator('text.chart-tick')
          .first()
          .evaluate((el) => el.getBoundingClientRect().height);
        expect(tickPx).toBeGreaterThanOrEqual(12);
        expect(tickPx).toBeLessThan(20);
      }
    }
    await context.close();
  });
}
