import { expect, test } from './fixtures';
import { openTrainer, statusNumber, typeSetting, useSmallSettings } from './mnistHelpers';

// The service worker would answer requests itself; block it so page.route sees the worker's fetches.
test.use({ serviceWorkers: 'block' });
test.setTimeout(240_000);

const kernels = '**/assets/kernels-*.wasm';

test('the trainer trains in WebAssembly SIMD and says so beside its speed', async ({ page }) => {
  const { root, status } = await openTrainer(page);
  await useSmallSettings(root);
  await typeSetting(root, 'iterations', '500');
  await root.getByRole('button', { name: 'Train' }).click();
  await expect(status).toHaveAttribute('data-state', 'done', { timeout: 200_000 });
  // Chromium validates relaxed SIMD, so the FMA kernels win; plain SIMD is accepted too (an older engine).
  await expect(status).toHaveAttribute('data-backend', /^wasm-(relaxed|simd)$/);
  const badge = root.locator('.mnist-backend');
  await expect(badge).toHaveAttribute('data-backend', (await status.getAttribute('data-backend')) ?? '');
  await expect(badge).toContainText(/WebAssembly SIMD/);
  await expect(badge.locator('.mnist-backend-note')).toHaveCount(0);
  expect(await statusNumber(status, 'data-samples-per-sec')).toBeGreaterThan(0);
  expect(await statusNumber(status, 'data-step')).toBe(500);
  expect(await statusNumber(status, 'data-test-acc')).toBeGreaterThan(0.8);
  const speed = `${await status.getAttribute('data-backend')} ${await status.getAttribute('data-samples-per-sec')} samples/s`;
  test.info().annotations.push({ type: 'backend and speed', description: speed });
  console.log(`WASM ${speed}`);
});

test.describe('when the kernels cannot be used', () => {
  // A 404 for the blocked binary is logged by Chromium as a failed resource load.
  test.use({ allowConsoleErrors: [/Failed to load resource/] });

  test('a corrupt or missing binary falls back to JavaScript with a visible note, and still trains', async ({
    page,
  }) => {
    await page.route(kernels, async (route) => {
      if (route.request().url().includes('kernels-relaxed')) {
        const res = await route.fetch();
        const body = Buffer.from(await res.body());
        body[200] = (body[200] ?? 0) ^ 0xff; // a damaged download: the bytes no longer validate
        body.fill(0xff, 9, 40);
        await route.fulfill({ response: res, body });
      } else await route.fulfill({ status: 404, body: 'not here' });
    });
    const { root, status } = await openTrainer(page);
    await useSmallSettings(root);
    await typeSetting(root, 'iterations', '200');
    await root.getByRole('button', { name: 'Train' }).click();
    await expect(status).toHaveAttribute('data-state', 'done', { timeout: 200_000 });
    await expect(status).toHaveAttribute('data-backend', 'js');
    const badge = root.locator('.mnist-backend');
    await expect(badge).toContainText('JavaScript');
    await expect(badge.locator('.mnist-backend-note')).toContainText(/WebAssembly failed to load/);
    expect(await statusNumber(status, 'data-step')).toBe(200);
    expect(await statusNumber(status, 'data-test-acc')).toBeGreaterThan(0.5);
    expect(await statusNumber(status, 'data-samples-per-sec')).toBeGreaterThan(0);
  });
});

test.describe('data-parallel training', () => {
  // The page offers 1…min(cores, 8) workers; report two cores so these tests run (and mean the same) on any machine.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 2 }));
  });

  /** One short run with this many workers; its test accuracy and what the status says. */
  async function runWith(page: import('@playwright/test').Page, workers: number) {
    const { root, status } = await openTrainer(page);
    await useSmallSettings(root);
    await typeSetting(root, 'iterations', '300');
    await typeSetting(root, 'workers', String(workers));
    await root.getByRole('button', { name: 'Train' }).click();
    await expect(status).toHaveAttribute('data-state', 'done', { timeout: 200_000 });
    return {
      root,
      status,
      acc: await statusNumber(status, 'data-test-acc'),
      speed: await statusNumber(status, 'data-samples-per-sec'),
    };
  }

  test('two workers share each batch and reach the accuracy one worker reaches, to float rounding', async ({
    page,
  }) => {
    const one = await runWith(page, 1);
    await expect(one.status).toHaveAttribute('data-workers', '1');
    const two = await runWith(page, 2);
    await expect(two.status).toHaveAttribute('data-workers', '2');
    await expect(two.status).toHaveAttribute('data-backend', /^wasm-/);
    await expect(two.root.locator('.mnist-backend')).toContainText('2 workers');
    // Same batches, same weights: only the grouping of the gradient sums differs (a few images at most).
    expect(Math.abs(two.acc - one.acc)).toBeLessThanOrEqual(0.005);
    const speeds = `1 worker ${one.acc} at ${Math.round(one.speed)} samples/s, 2 workers ${two.acc} at ${Math.round(two.speed)}`;
    test.info().annotations.push({ type: 'accuracy and speed (under load)', description: speeds });
    console.log(`PARALLEL ${speeds}`);
  });

  test('a page that is not cross-origin isolated trains on one worker and says why', async ({ page }) => {
    await page.route('**/en/mnist', async (route) => {
      const res = await route.fetch();
      const headers = { ...res.headers() };
      delete headers['cross-origin-opener-policy'];
      delete headers['cross-origin-embedder-policy'];
      await route.fulfill({ response: res, headers });
    });
    const { root, status } = await runWith(page, 2);
    expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(false);
    await expect(status).toHaveAttribute('data-workers', '1');
    await expect(root.locator('.mnist-backend-note')).toContainText('not cross-origin isolated');
  });
});
