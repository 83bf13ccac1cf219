import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { drawStroke } from './mnistHelpers';
import { seriousViolations } from './axe';

test.use({ serviceWorkers: 'block' });

async function openPad(page: import('@playwright/test').Page, dark = false) {
  if (dark) await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/mnist');
  await page.locator('[data-figure="digit-pad"]').scrollIntoViewIfNeeded();
  const pad = page.locator('[data-widget="digit-pad"]');
  await expect(pad).toBeVisible();
  return { pad, canvas: pad.locator('canvas.digit-pad-canvas') };
}

for (const dark of [false, true]) {
  test(`the pad reads a drawn "1" with the bundled model, and undo clears the prediction (${dark ? 'dark' : 'light'})`, async ({ page }) => {
    const { pad, canvas } = await openPad(page, dark);
    await expect(pad).toHaveAttribute('data-model', 'none');
    await pad.getByRole('button', { name: 'Load the pre-trained model' }).click();
    await expect(pad).toHaveAttribute('data-model', 'bundled');
    await expect(pad).toContainText('test accuracy 97.2%');
    await drawStroke(page, canvas, [0.5, 0.15], [0.48, 0.85]);
    await expect(pad).toHaveAttribute('data-prediction', '1');
    const probs = await pad.locator('[data-probability]').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-probability'))));
    expect(probs).toHaveLength(10);
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(Math.max(...probs)).toBe(probs[1]);
    await expect(pad.locator('.digit-pad-stages canvas')).toHaveCount(4);
    expect(await seriousViolations(page, '[data-widget="digit-pad"]')).toEqual([]);
    await pad.getByRole('button', { name: 'Undo' }).click();
    await expect(pad).toHaveAttribute('data-prediction', '');
  });
}

test('the pad reads a drawn "7" (two strokes) and Clear empties it', async ({ page }) => {
  const { pad, canvas } = await openPad(page);
  await pad.getByRole('button', { name: 'Load the pre-trained model' }).click();
  await expect(pad).toHaveAttribute('data-model', 'bundled');
  await drawStroke(page, canvas, [0.25, 0.2], [0.75, 0.2]);
  await drawStroke(page, canvas, [0.75, 0.2], [0.42, 0.85]);
  await expect(pad).toHaveAttribute('data-prediction', '7');
  await pad.getByRole('button', { name: 'Clear' }).click();
  await expect(pad).toHaveAttribute('data-prediction', '');
});

test('a model file is validated on load: a bad file is refused with the reason, a good one is used by the pad', async ({ page }) => {
  const { pad } = await openPad(page);
  const trainer = page.locator('[data-figure="mnist-trainer"]');
  await trainer.scrollIntoViewIfNeeded();
  const input = page.locator('[data-widget="mnist-trainer"] input[type="file"]');
  await input.setInputFiles({ name: 'bad.nnmodel', mimeType: 'application/octet-stream', buffer: Buffer.from('not a model at all') });
  await expect(page.locator('[data-widget="mnist-trainer"] .model-file')).toContainText('does not start with NNBOOK01');
  const good = readFileSync('public/models/mnist-784-50-10.nnmodel');
  await input.setInputFiles({ name: 'good.nnmodel', mimeType: 'application/octet-stream', buffer: good });
  await expect(page.locator('[data-widget="mnist-trainer"] .model-file')).toContainText('Loaded 784-50-10');
  await page.locator('[data-figure="digit-pad"]').scrollIntoViewIfNeeded();
  await expect(pad).toHaveAttribute('data-model', 'uploaded');
});
