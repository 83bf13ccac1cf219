import { expect, slider, test } from './fixtures';
import { figure, num } from './layersHelpers';
import { seriousViolations } from './axe';
import { expectSliderRefusals } from './badNumbers';
import { raceParams } from '../../src/widgets/optimizerRace/params';
import { twoLayerNetParams } from '../../src/widgets/twoLayerNet/params';
import { recordAttributes } from './attributeLog';

const params = ['W1', 'b1', 'W2', 'b2'] as const;

test('the gradient check agrees below 1e-7 in float64, and catches the planted Affine bug', async ({ page }) => {
  test.slow();
  await page.goto('/en/training');
  const check = await figure(page, 'gradient-check', 'gradient-check');
  await expect(check).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(check).toHaveAttribute('data-verdict', 'pass');
  for (const p of params) {
    const f64 = await num(check.locator(`tr[data-dtype="float64"][data-param="${p}"]`), 'data-diff');
    const f32 = await num(check.locator(`tr[data-dtype="float32"][data-param="${p}"]`), 'data-diff');
    expect(f64).toBeLessThan(1e-7);
    expect(f64).toBeGreaterThan(0);
    expect(f32).toBeLessThan(1e-5);
    expect(f32).toBeGreaterThan(f64);
  }
  await expect(check.locator('[data-heatmap="W2"] [data-cell]')).toHaveCount(100);
  await expect(check.locator('[data-verdict-text]')).toContainText('✓');

  await check.locator('input[data-var="bug"]').check();
  await expect(check).toHaveAttribute('data-bug', 'planted');
  await expect(check).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(check).toHaveAttribute('data-verdict', 'fail');
  for (const p of params) {
    for (const dtype of ['float64', 'float32'])
      expect(await num(check.locator(`tr[data-dtype="${dtype}"][data-param="${p}"]`), 'data-diff')).toBeGreaterThan(
        1e-5,
      );
  }
  await expect(check.locator('[data-verdict-text]')).toContainText('Bug caught');
  // Taking the bug out again restores the pass (from the keyboard this time).
  await check.locator('input[data-var="bug"]').focus();
  await page.keyboard.press('Space');
  await expect(check).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(check).toHaveAttribute('data-verdict', 'pass');
});

for (const lang of ['ko', 'en'] as const) {
  test(`on a phone the gradient-check table keeps every number and verdict on one line and fits the screen (${lang})`, async ({
    browser,
    baseURL,
  }) => {
    test.slow();
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`/${lang}/training`);
    const check = await figure(page, 'gradient-check', 'gradient-check');
    await expect(check).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    const cells = check.locator('.diff-table tr[data-param] > *');
    const lineHeight = await cells.first().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    for (const height of await cells.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)))
      expect(height).toBeLessThan(lineHeight * 1.6 + 12);
    // The whole table, verdicts included, fits without scrolling sideways.
    expect(
      await check.locator('.diff-table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
}

test("Adam and SGD both reach the minimum of x²/20 + y² with the book's learning rates, stepped by clicks", async ({
  page,
}) => {
  await page.goto('/en/training');
  const race = await figure(page, 'optimizer-race', 'optimizer-race');
  const step10 = race.locator('button[data-action="step10"]');
  await race.locator('button[data-action="step"]').click();
  await expect(race).toHaveAttribute('data-steps', '1');
  expect(await num(race.locator('tr[data-racer="sgd"]'), 'data-x')).toBeCloseTo(-7 + 0.95 * 0.7, 12);
  for (let i = 0; i < 13; i++) await step10.click();
  await expect(race).toHaveAttribute('data-steps', '131');
  for (const name of ['sgd', 'adam', 'momentum', 'adagrad']) {
    const row = race.locator(`tr[data-racer="${name}"]`);
    expect(Math.hypot(await num(row, 'data-x'), await num(row, 'data-y'))).toBeLessThan(0.01);
    expect(await num(row, 'data-loss')).toBeLessThan(1e-4);
  }
  expect(await num(race.locator('tr[data-racer="sgd"]'), 'data-reached-at')).toBe(66);
  expect(await num(race.locator('tr[data-racer="adam"]'), 'data-reached-at')).toBe(116);
  await expect(race.locator('[data-path="adam"]')).toHaveAttribute('data-points', '132');
  await race.locator('button[data-action="reset"]').click();
  await expect(race).toHaveAttribute('data-steps', '0');
});

test('play runs the race to the end and pause stops it; with reduced motion play finishes at once', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/en/training');
  const race = await figure(page, 'optimizer-race', 'optimizer-race');
  await race.locator('button[data-action="play"]').click();
  await expect(race).toHaveAttribute('data-steps', '300');
  await expect(race).toHaveAttribute('data-playing', 'false');
  for (const name of ['sgd', 'adam'])
    expect(Math.abs(await num(race.locator(`tr[data-racer="${name}"]`), 'data-x'))).toBeLessThan(1e-3);
  await context.close();
});

test('play animates step by step, and pause holds the position', async ({ page }) => {
  await page.goto('/en/training');
  const race = await figure(page, 'optimizer-race', 'optimizer-race');
  const play = race.locator('button[data-action="play"]');
  await play.click();
  await expect(race).toHaveAttribute('data-playing', 'true');
  await expect.poll(async () => num(race, 'data-steps')).toBeGreaterThan(5);
  await play.click();
  await expect(race).toHaveAttribute('data-playing', 'false');
  const held = await num(race, 'data-steps');
  expect(held).toBeGreaterThan(5);
  await race.locator('button[data-action="step"]').click();
  await expect(race).toHaveAttribute('data-steps', String(held + 1));
});

test('a learning rate above 1 makes SGD diverge and stop, without NaN on screen; the others still arrive', async ({
  page,
}) => {
  await page.goto('/en/training');
  const race = await figure(page, 'optimizer-race', 'optimizer-race');
  const lr = slider(race, 'lr-sgd');
  await lr.field.fill('1.5');
  await lr.field.press('Enter');
  expect(await lr.value()).toBe(1.5);
  for (let i = 0; i < 13; i++) await race.locator('button[data-action="step10"]').click();
  const sgd = race.locator('tr[data-racer="sgd"]');
  await expect(sgd).toHaveAttribute('data-diverged', 'true');
  await expect(sgd).toContainText('Diverged');
  expect(Number.isFinite(await num(sgd, 'data-x'))).toBe(true);
  await expect(race).not.toContainText('NaN');
  await expect(race.locator('tr[data-racer="adam"]')).toHaveAttribute('data-diverged', 'false');
  // Keyboard: the Adam learning rate steps by 0.01.
  const adam = slider(race, 'lr-adam');
  await adam.range.focus();
  await page.keyboard.press('ArrowRight');
  expect(await adam.value()).toBeCloseTo(0.31, 10);
  await expect(race).toHaveAttribute('data-steps', '0');
});

for (const name of ['lr-sgd', 'lr-momentum', 'lr-adagrad', 'lr-adam'] as const) {
  test(`the ${name} field refuses bad values with a visible message`, async ({ page }) => {
    await page.goto('/en/training');
    const race = await figure(page, 'optimizer-race', 'optimizer-race');
    await expectSliderRefusals(slider(race, name), { ...raceParams[name], good: 0.5 });
  });
}

test('TwoLayerNet trains on the 1,000 MNIST images step by step, with loss, accuracy and four gradient norms', async ({
  page,
}) => {
  test.slow();
  await page.goto('/en/training');
  const net = await figure(page, 'two-layer-net', 'two-layer-net');
  const step = net.locator('button[data-action="step"]');
  await expect(step).toBeEnabled();
  await expect(net).toHaveAttribute('data-test-accuracy', /\d/);
  await step.click();
  await expect(net).toHaveAttribute('data-step', '1');
  expect(await num(net, 'data-loss')).toBeCloseTo(2.3022, 3);
  for (const p of params) expect(await num(net.locator(`[data-norm-param="${p}"]`), 'data-norm')).toBeGreaterThan(0);
  await expect(net.locator('tr[data-step="1"]')).toBeVisible();
  // Ten more steps, one per browser task: the widget answers while it trains. A fast machine can
  // finish all ten within one poll, so the states it passes through are recorded, not polled.
  const seen = await recordAttributes(net, ['data-status', 'data-step']);
  await net.locator('button[data-action="epoch"]').click();
  await expect(net).toHaveAttribute('data-step', '11');
  await expect(net).toHaveAttribute('data-status', 'idle');
  const log = await seen();
  expect(log['data-status']).toEqual(['idle', 'running', 'idle']);
  expect(log['data-step']).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  await expect(net.locator('tr[data-step]')).toHaveCount(5);
  // Keep training, then pause while it runs.
  const play = net.locator('button[data-action="play"]');
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => num(net, 'data-step'), { timeout: 120_000 }).toBeGreaterThan(40);
  await play.click();
  await expect(net).toHaveAttribute('data-status', 'idle');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  const held = await num(net, 'data-step');
  expect(held).toBeGreaterThan(40);
  expect(await num(net, 'data-train-accuracy')).toBeGreaterThan(0.15);
  expect(await num(net, 'data-loss')).toBeLessThan(2.3);
  await net.locator('button[data-action="step"]').click();
  await expect(net).toHaveAttribute('data-step', String(held + 1));
  await net.locator('button[data-action="reset"]').click();
  await expect(net).toHaveAttribute('data-step', '0');
});

test('TwoLayerNet reproduces the engine: 72.7% training and 66.2% test accuracy after 100 steps', async ({ page }) => {
  test.slow();
  await page.goto('/en/training');
  const net = await figure(page, 'two-layer-net', 'two-layer-net');
  const epoch = net.locator('button[data-action="epoch"]');
  for (let i = 1; i <= 10; i++) {
    await epoch.click();
    await expect(net).toHaveAttribute('data-step', String(10 * i), { timeout: 30_000 });
  }
  expect(await num(net, 'data-train-accuracy')).toBeCloseTo(0.727, 6);
  expect(await num(net, 'data-test-accuracy')).toBeCloseTo(0.662, 6);
});

test('the TwoLayerNet learning rate refuses bad values, and a new rate applies without restarting', async ({
  page,
}) => {
  await page.goto('/en/training');
  const net = await figure(page, 'two-layer-net', 'two-layer-net');
  await expect(net.locator('button[data-action="step"]')).toBeEnabled();
  const s = slider(net, 'lr');
  await expectSliderRefusals(s, { ...twoLayerNetParams.lr, good: 0.5 });
  await net.locator('button[data-action="step"]').click();
  await expect(net).toHaveAttribute('data-step', '1');
  await s.field.fill('0.2');
  await s.field.press('Enter');
  await expect(net).toHaveAttribute('data-step', '1');
  await expect(net.locator('[data-phase="update"]')).toContainText('0.2');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the training chapter passes axe in the ${scheme} theme with a planted bug, a finished race and a trained net`, async ({
    browser,
    baseURL,
  }) => {
    test.slow();
    const context = await browser.newContext({ baseURL, colorScheme: scheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/en/training');
    const net = await figure(page, 'two-layer-net', 'two-layer-net');
    await net.locator('button[data-action="epoch"]').click();
    await expect(net).toHaveAttribute('data-step', '10', { timeout: 30_000 });
    const check = await figure(page, 'gradient-check', 'gradient-check');
    await check.locator('input[data-var="bug"]').check();
    await expect(check).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    const race = await figure(page, 'optimizer-race', 'optimizer-race');
    await race.locator('button[data-action="play"]').click();
    await expect(race).toHaveAttribute('data-steps', '300');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}
