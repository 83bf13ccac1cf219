import { expect, slider, test } from './fixtures';
import { longTasks, observeLongTasks } from './longTasks';
import { openTrainer, statusNumber, typeSetting, useSmallSettings } from './mnistHelpers';
import { seriousViolations } from './axe';
import { trainerParams } from '../../src/widgets/mnistTrainer/params';

// The service worker would answer /data/ requests itself; block it so page.route sees the worker's fetches.
test.use({ serviceWorkers: 'block' });
test.setTimeout(240_000);

test('a small run trains to over 90% test accuracy and shows the confusion matrix, mistakes and weights', async ({
  page,
}) => {
  await observeLongTasks(page);
  const { root, status } = await openTrainer(page);
  await useSmallSettings(root);
  await expect(status).toHaveAttribute('data-state', 'idle');
  await longTasks(page); // count only what happens while training
  await root.getByRole('button', { name: 'Train' }).click();
  await expect(status).toHaveAttribute('data-state', /loading|training/);
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 200_000 });
  expect(await statusNumber(status, 'data-test-acc')).toBeGreaterThan(0.9);
  expect(await statusNumber(status, 'data-train-acc')).toBeGreaterThan(0.9);
  expect(await statusNumber(status, 'data-epoch')).toBe(1);
  expect(await statusNumber(status, 'data-samples-per-sec')).toBeGreaterThan(0);
  const tasks = await longTasks(page);
  test.info().annotations.push({
    type: 'main-thread long tasks while training',
    description: `${tasks.length} tasks over 50 ms, longest ${Math.max(0, ...tasks).toFixed(0)} ms`,
  });
  console.log(
    `LONGTASKS count=${tasks.length} max=${Math.max(0, ...tasks).toFixed(1)}ms all=${tasks.map((t) => t.toFixed(0)).join(',')}`,
  );
  await expect(root.locator('table.confusion')).toHaveAttribute('data-total', '10000');
  await expect(root.locator('.mnist-results .digit-gallery').first().locator('li')).toHaveCount(24);
  await expect(root.locator('.mnist-results .digit-gallery').nth(1).locator('li')).toHaveCount(16);
  await expect(root.getByRole('button', { name: /Download model/ })).toBeEnabled();
  expect(await seriousViolations(page, '[data-widget="mnist-trainer"]')).toEqual([]);
});

test('pause freezes the step count, resume continues it, and stop ends the run with results', async ({ page }) => {
  const { root, status } = await openTrainer(page);
  await typeSetting(root, 'hiddenSize', '16');
  // Long enough that the run is still going when Stop is pressed: WebAssembly finishes the 4 default epochs in seconds.
  await typeSetting(root, 'epochs', String(trainerParams.epochs.max));
  await root.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => statusNumber(status, 'data-step'), { timeout: 120_000 }).toBeGreaterThan(0);
  await root.getByRole('button', { name: 'Pause' }).click();
  await expect(status).toHaveAttribute('data-state', 'paused');
  const frozen = await statusNumber(status, 'data-step');
  await page.waitForTimeout(600);
  expect(await statusNumber(status, 'data-step')).toBe(frozen);
  await root.getByRole('button', { name: 'Resume' }).click();
  await expect(status).toHaveAttribute('data-state', 'training');
  await expect.poll(() => statusNumber(status, 'data-step'), { timeout: 60_000 }).toBeGreaterThan(frozen);
  await root.getByRole('button', { name: 'Stop' }).click();
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(status).toContainText('Stopped');
  await expect(root.locator('table.confusion')).toBeVisible();
});

test('a corrupt shard gives the error state with a message, and Retry recovers once the file is fine', async ({
  page,
}) => {
  await page.route('**/data/mnist-train-images-0.u8.gz.bin', async (route) => {
    const res = await route.fetch();
    const body = Buffer.from(await res.body());
    body[1000] = (body[1000] ?? 0) ^ 0xff;
    await route.fulfill({ response: res, body });
  });
  const { root, status } = await openTrainer(page);
  await root.getByRole('button', { name: 'Train' }).click();
  await expect(status).toHaveAttribute('data-state', 'error', { timeout: 60_000 });
  const alert = root.getByRole('alert');
  await expect(alert).toHaveAttribute('data-problem', 'data');
  await expect(alert).toContainText('mnist-train-images-0.u8.gz.bin is corrupt');
  await page.unroute('**/data/mnist-train-images-0.u8.gz.bin');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(status).toHaveAttribute('data-state', 'training', { timeout: 120_000 });
  await root.locator('.mnist-controls').getByRole('button', { name: /Reset/ }).click();
  await expect(status).toHaveAttribute('data-state', 'idle');
});

test('a diverging learning rate stops the run with an explanation and a suggestion', async ({ page }) => {
  const { root, status } = await openTrainer(page);
  await root.locator('[data-var="optimizer"]').getByRole('button', { name: 'SGD' }).click();
  await typeSetting(root, 'log10LearningRate', '3');
  await expect(root.locator('.mnist-lr')).toHaveAttribute('data-learning-rate', '1000');
  await root.getByRole('button', { name: 'Train' }).click();
  await expect(status).toHaveAttribute('data-state', 'error', { timeout: 120_000 });
  const alert = root.getByRole('alert');
  await expect(alert).toHaveAttribute('data-problem', 'diverged');
  await expect(alert).toContainText('diverged');
  await expect(alert).toContainText('learning rate ten times smaller');
  expect(await seriousViolations(page, '[data-widget="mnist-trainer"]')).toEqual([]);
});

test.describe('a worker that fails to run', () => {
  test.use({ allowConsoleErrors: [/worker killed on purpose/] });
  test('is reported, and Reset recovers with a fresh worker', async ({ page }) => {
    let broken = true;
    await page.route('**/assets/trainer.worker-*.js', (route) =>
      broken
        ? route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("worker killed on purpose");' })
        : route.continue(),
    );
    const { root, status } = await openTrainer(page);
    await root.getByRole('button', { name: 'Train' }).click();
    await expect(status).toHaveAttribute('data-state', 'error', { timeout: 30_000 });
    await expect(root.getByRole('alert')).toHaveAttribute('data-problem', 'crashed');
    broken = false;
    await root.getByRole('alert').getByRole('button', { name: 'Reset' }).click();
    await expect(status).toHaveAttribute('data-state', 'idle');
    await root.getByRole('button', { name: 'Train' }).click();
    await expect(status).toHaveAttribute('data-state', /loading|training/);
  });
});

test('number fields refuse bad input visibly and clamp huge values', async ({ page }) => {
  const { root } = await openTrainer(page);
  const batch = slider(root, 'batchSize');
  for (const bad of ['abc', '', 'NaN']) {
    await typeSetting(root, 'batchSize', bad);
    await expect(batch.message).not.toBeEmpty();
    expect(await batch.value()).toBe(trainerParams.batchSize.book); // unchanged from the default
  }
  await typeSetting(root, 'batchSize', 'Infinity');
  await expect(batch.message).not.toBeEmpty();
  expect(await batch.value()).toBe(trainerParams.batchSize.max);
  await typeSetting(root, 'batchSize', '5');
  await typeSetting(root, 'batchSize', '1e9');
  expect(await batch.value()).toBe(trainerParams.batchSize.max);
  await expect(batch.message).not.toBeEmpty();
  await typeSetting(root, 'log10LearningRate', '-99');
  expect(await slider(root, 'log10LearningRate').value()).toBe(trainerParams.log10LearningRate.min);
  await expect(root.locator('.mnist-lr')).toHaveAttribute('data-learning-rate', '0.0001');
});

test('the presets set the book recipe and the no-hidden-layer model, and settings are shareable in the URL', async ({
  page,
}) => {
  const { root } = await openTrainer(page);
  await root.locator('button[data-preset="book"]').click();
  await expect(root).toHaveAttribute('data-preset', 'book');
  expect(await slider(root, 'hiddenSize').value()).toBe(50);
  expect(await slider(root, 'iterations').value()).toBe(10000);
  await expect(root.locator('.mnist-lr')).toHaveAttribute('data-learning-rate', '0.1');
  await root.locator('button[data-preset="softmax"]').click();
  await expect(root.locator('[data-var="dataset"]')).toHaveAttribute('data-value', 'fashion');
  expect(await slider(root, 'hiddenLayers').value()).toBe(0);
  await expect(page).toHaveURL(/hiddenLayers=0/);
  const again = await openTrainer(page, new URL(page.url()).search);
  await expect(again.root).toHaveAttribute('data-preset', 'softmax');
});

for (const [width, height, slides, minPx] of [
  [390, 844, false, 12],
  [1280, 800, false, 12],
  [1920, 1080, true, 20],
] as const) {
  test(`the charts draw at their real width, so their labels grow with the page's type (${width}×${height}${slides ? ', slides' : ''})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, viewport: { width, height }, serviceWorkers: 'block' });
    const page = await context.newPage();
    let root;
    if (slides) {
      await page.goto('/en/mnist');
      const slide = await page
        .locator('[data-figure="mnist-trainer"]')
        .evaluate((el) => el.closest('[data-slide]')?.getAttribute('data-slide'));
      await page.goto(`/en/mnist/slides/${slide}`);
      root = page.locator('[data-widget="mnist-trainer"]');
    } else {
      root = (await openTrainer(page)).root;
    }
    const charts = root.locator('svg.mnist-chart');
    await expect(charts).toHaveCount(2);
    const rootPx = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    for (const chart of await charts.all()) {
      // One chart unit is rootPx / 17 CSS px: the viewBox is the rendered width in those units.
      const { box, viewBoxWidth } = await chart.evaluate((svg: SVGSVGElement) => ({
        box: svg.getBoundingClientRect().width,
        viewBoxWidth: svg.viewBox.baseVal.width,
      }));
      expect(Math.abs(box * (17 / Math.max(17, rootPx)) - viewBoxWidth)).toBeLessThanOrEqual(1);
      const labelPx = await chart
        .locator('text.chart-tick')
        .first()
        .evaluate((el) => el.getBoundingClientRect().height);
      expect(labelPx).toBeGreaterThanOrEqual(minPx);
    }
    // Steps are counted in whole mini-batches, even before a run sets the axis length.
    const steps = await root.locator('svg.mnist-chart text.chart-tick[data-axis="x"]').allTextContents();
    expect(steps.length).toBeGreaterThanOrEqual(2);
    for (const s of steps) expect(Number.isInteger(Number(s.replace(/,/g, '')))).toBe(true);
    await context.close();
  });
}
