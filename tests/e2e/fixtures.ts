import { test as base, expect, type Locator, type Page } from '@playwright/test';

interface Guards {
  /** Console errors this test expects (e.g. a chunk it blocks on purpose); anything else fails the test. */
  allowConsoleErrors: RegExp[];
}

/**
 * Every test fails on a console error, an uncaught page error, or a request that leaves the book's origin.
 * Off-origin requests are also aborted, so a leak can never reach the network.
 */
export const test = base.extend<Guards & { guards: void }>({
  allowConsoleErrors: [[], { option: true }],
  guards: [
    async ({ page, baseURL, allowConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const problems: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin)
          return route.continue();
        problems.push(`request left the origin: ${url}`);
        return route.abort();
      });
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (!allowConsoleErrors.some((re) => re.test(text))) problems.push(`console error: ${text}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The range input and the exact-value field of the Slider for `name` inside `root`. */
export function slider(root: Locator, name: string) {
  const box = root.locator(`[data-var="${name}"]`);
  return {
    box,
    range: box.locator('input[type="range"]'),
    field: box.locator('input.slider-number'),
    message: box.locator('.slider-message'),
    reset: box.locator('button.slider-reset'),
    value: async () => Number(await box.getAttribute('data-value')),
  };
}

/** Drags a range input's thumb to where `value` sits on its track, with real mouse moves. */
export async function dragRangeTo(page: Page, range: Locator, value: number): Promise<void> {
  await range.scrollIntoViewIfNeeded();
  const bb = await range.boundingBox();
  if (!bb) throw new Error('range input is not visible');
  const min = Number(await range.getAttribute('min'));
  const max = Number(await range.getAttribute('max'));
  const current = Number(await range.inputValue());
  const thumb = 8; // half of Chromium's default thumb width
  const xOf = (v: number) => bb.x + thumb + ((v - min) / (max - min)) * (bb.width - 2 * thumb);
  const y = bb.y + bb.height / 2;
  await page.mouse.move(xOf(current), y);
  await page.mouse.down();
  await page.mouse.move(xOf(value), y, { steps: 12 });
  await page.mouse.up();
}

/** Every route of the book, in both languages. */
export const chapterSlugs = [
  'perceptron',
  'activation-functions',
  'forward-pass',
  'loss-functions',
  'gradient-descent',
  'computational-graph',
  'backpropagation',
  'layers',
  'training',
  'mnist',
] as const;
export const langs = ['ko', 'en'] as const;

/**
 * Taps a control once the page around it has stopped moving. Figures near it load lazily and can change the
 * layout between Playwright's stability check and the touch, so the tap would land on whatever moved there.
 */
export async function tapSettled(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  let last = '';
  for (let i = 0; i < 50; i++) {
    const scrollY = await page.evaluate(
      () =>
        new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY)))),
    );
    const now = `${JSON.stringify(await target.boundingBox())}@${scrollY}`;
    if (now === last) break;
    last = now;
  }
  await target.tap();
}
