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
  test(`the pad reads a drawn "1" with the bundled model, and undo clears the prediction (${dark ? 'dark' : 'light'})`, async ({
    page,
  }) => {
    const { pad, canvas } = await openPad(page, dark);
    await expect(pad).toHaveAttribute('data-model', 'none');
    await pad.getByRole('button', { name: 'Load the pre-trained model' }).click();
    await expect(pad).toHaveAttribute('data-model', 'bundled');
    await expect(pad).toContainText('test accuracy 97.2%');
    await drawStroke(page, canvas, [0.5, 0.15], [0.48, 0.85]);
    await expect(pad).toHaveAttribute('data-prediction', '1');
    const probs = await pad
      .locator('[data-probability]')
      .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-probability'))));
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

test('a model file is validated on load: a bad file is refused with the reason, a good one is used by the pad', async ({
  page,
}) => {
  const { pad } = await openPad(page);
  const trainer = page.locator('[data-figure="mnist-trainer"]');
  await trainer.scrollIntoViewIfNeeded();
  const input = page.locator('[data-widget="mnist-trainer"] input[type="file"]');
  await input.setInputFiles({
    name: 'bad.nnmodel',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('not a model at all'),
  });
  await expect(page.locator('[data-widget="mnist-trainer"] .model-file')).toContainText('does not start with NNBOOK01');
  const good = readFileSync('public/models/mnist-784-50-10.nnmodel');
  await input.setInputFiles({ name: 'good.nnmodel', mimeType: 'application/octet-stream', buffer: good });
  await expect(page.locator('[data-widget="mnist-trainer"] .model-file')).toContainText('Loaded 784-50-10');
  await page.locator('[data-figure="digit-pad"]').scrollIntoViewIfNeeded();
  await expect(pad).toHaveAttribute('data-model', 'uploaded');
});

test('the pictures are painted in the theme colours and repainted when the reader switches theme', async ({ page }) => {
  const { pad, canvas } = await openPad(page);
  await drawStroke(page, canvas, [0.5, 0.15], [0.48, 0.85]);
  const centred = pad.locator('.digit-pad-stages canvas').nth(2);
  // The corner pixel of the centred 28×28 picture is paper: the theme's --surface.
  const corner = () =>
    centred.evaluate((c: HTMLCanvasElement) =>
      Array.from(c.getContext('2d')?.getImageData(0, 0, 1, 1).data ?? []).slice(0, 3),
    );
  const ink = () =>
    canvas.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      for (let i = 0; i < d.length; i += 4) if ((d[i + 3] ?? 0) > 200) return [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0];
      return [];
    });
  // Within 3 per channel: the canvas stores premultiplied alpha, so an edge pixel of a stroke may be off by one or two.
  const near = (want: number[]) => (got: number[]) =>
    got.length === 3 && got.every((v, i) => Math.abs(v - (want[i] ?? -99)) <= 3);
  expect(await corner()).toEqual([255, 255, 255]); // light --surface #ffffff
  expect(near([31, 35, 40])(await ink())).toBe(true); // light --fg #1f2328
  const toggle = page.locator('button[data-theme-mode]');
  await toggle.click(); // system (light here) → light
  await toggle.click(); // → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(corner).toEqual([28, 31, 37]); // dark --surface #1c1f25
  await expect.poll(async () => near([230, 232, 235])(await ink())).toBe(true); // dark --fg #e6e8eb
});
