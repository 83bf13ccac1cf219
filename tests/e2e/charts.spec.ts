import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every chart of the kit, by chapter: the widgets that draw them and how many charts each shows. */
const chapters: readonly (readonly [string, readonly (readonly [string, number])[]])[] = [
  [
    '/en/activation-functions',
    [
      ['activation-plot', 1],
      ['softmax', 1],
    ],
  ],
  ['/en/perceptron', [['perceptron-gate', 1]]],
  ['/en/loss-functions', [['loss', 1]]],
  [
    '/en/gradient-descent',
    [
      ['gradient-descent', 1],
      ['sgd-compare', 2],
      ['init-compare', 5],
    ],
  ],
  [
    '/en/training',
    [
      ['optimizer-race', 1],
      ['two-layer-net', 2],
      ['gradient-check', 1],
    ],
  ],
  [
    '/en/mnist',
    [
      ['mnist-trainer', 2],
      ['digit-pad', 1],
    ],
  ],
];

/** Heavy figures mount only near the viewport: scroll to the figure until its widget is there. */
async function widgetOn(page: Page, name: string): Promise<Locator> {
  const widget = page.locator(`[data-widget="${name}"]`).first();
  await expect(async () => {
    await page.locator(`[data-figure="${name}"]`).first().scrollIntoViewIfNeeded();
    await expect(widget).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await widget.scrollIntoViewIfNeeded();
  return widget;
}

/** Each tick label's rendered size in CSS px: its font size in chart units times the svg's viewBox scale. */
function tickSizes(widget: Locator) {
  return widget.locator('svg.chart').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? Number.NaN;
      return [...svg.querySelectorAll('text.chart-tick')].map((t) => ({
        text: t.textContent ?? '',
        px: parseFloat(getComputedStyle(t).fontSize) * scale,
        box: t.getBoundingClientRect().height,
      }));
    }),
  );
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const [path, widgets] of chapters) {
    test(`every chart's tick labels render at 11 CSS px or more (${path})`, async ({ page }) => {
      test.slow();
      await page.goto(path);
      for (const [name, count] of widgets) {
        const widget = await widgetOn(page, name);
        if (name === 'loss') await widget.locator('[data-mode-choice="classification"]').click();
        if (name === 'gradient-check') await expect(widget).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
        await expect(widget.locator('svg.chart')).toHaveCount(count);
        const charts = await tickSizes(widget);
        for (const ticks of charts) {
          expect(ticks.length, `${name} has tick labels`).toBeGreaterThan(0);
          for (const t of ticks) {
            expect(t.px, `${name} tick "${t.text}"`).toBeGreaterThanOrEqual(11);
            expect(t.box, `${name} tick "${t.text}" box`).toBeGreaterThanOrEqual(11);
          }
        }
      }
    });
  }
});

type Rgb = [number, number, number];

/** Contrast of each contour line against the densest fill under it, from the colours the page computed. */
function contourContrast(plot: Locator) {
  return plot.evaluate((svg) => {
    const rgb = (text: string): Rgb => {
      const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
      if (!m) throw new Error(`not a colour: ${text}`);
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const over = (top: Rgb, a: number, bottom: Rgb): Rgb =>
      [0, 1, 2].map((i) => bottom[i]! + a * (top[i]! - bottom[i]!)) as Rgb;
    const lum = (c: Rgb) => {
      const [r, g, b] = c.map((v) =>
        v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4,
      ) as Rgb;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: Rgb, b: Rgb) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const bgStyle = getComputedStyle(svg.querySelector('.contour-bg')!);
    const bg = rgb(bgStyle.fill);
    const levels = [...svg.querySelectorAll('.contour-level')];
    if (levels.length === 0) throw new Error('no contour levels');
    // The fills are nested: the line of the last level lies on every fill below it, the densest spot of the map.
    let fill = bg;
    const ratios: number[] = [];
    for (const level of levels) {
      const s = getComputedStyle(level);
      const line = over(rgb(s.stroke), Number(s.strokeOpacity) * Number(s.opacity), fill);
      ratios.push(ratio(line, over(rgb(s.fill), Number(s.fillOpacity) * Number(s.opacity), fill)));
      fill = over(rgb(s.fill), Number(s.fillOpacity) * Number(s.opacity), fill);
    }
    return Math.min(...ratios);
  });
}

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`contour lines keep 3:1 contrast against the fill beneath them (${theme} theme)`, async ({ page }) => {
    test.slow();
    await page.goto('/en/gradient-descent');
    const toggle = page.locator('button[data-theme-mode]');
    for (let i = 0; i < 5 && (await toggle.getAttribute('data-theme-mode')) !== theme; i++) await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const path of ['/en/gradient-descent', '/en/training']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const plots = page.locator('svg.contour-svg');
      await expect(plots.first()).toBeVisible();
      for (const plot of await plots.all()) {
        await plot.scrollIntoViewIfNeeded();
        expect(await contourContrast(plot)).toBeGreaterThanOrEqual(3);
      }
    }
  });
}

test('markers that start at the same point are fanned out so each one shows', async ({ page }) => {
  await page.goto('/en/training');
  const race = await widgetOn(page, 'optimizer-race');
  const starts = await race.locator('[data-path]').evaluateAll((groups) =>
    groups.map((g) => {
      const marks = g.querySelectorAll('.chart-marker');
      const r = marks[marks.length - 1]!.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2] as const;
    }),
  );
  expect(starts).toHaveLength(4);
  for (let i = 0; i < starts.length; i++)
    for (let j = i + 1; j < starts.length; j++) {
      const [a, b] = [starts[i]!, starts[j]!];
      expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(8);
    }
});
