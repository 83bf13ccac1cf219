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

  test('a corrupt or missing binary falls back to JavaScript with a visible note, and still trains', async ({ page }) => {
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
