import { dragRangeTo, slider, test } from './fixtures';
import { expectNode, openGraph, typeValue } from './graphHelpers';

type Vals = Record<string, number>;
/** An independent oracle per example: plain JavaScript values and hand-derived gradients for every node. */
type Oracle = (v: Vals) => Record<string, [value: number, grad: number]>;

const oracles: Record<string, { path: string; oracle: Oracle }> = {
  'problem-1': {
    path: '/en/computational-graph',
    oracle: ({ apple: a = 0, apple_num: n = 0, tax: t = 0 }) => ({
      apple: [a, n * t],
      apple_num: [n, a * t],
      tax: [t, a * n],
      apple_price: [a * n, t],
      price: [a * n * t, 1],
    }),
  },
  'problem-2': {
    path: '/en/computational-graph',
    oracle: ({ apple: a = 0, apple_num: n = 0, orange: o = 0, orange_num: m = 0, tax: t = 0 }) => ({
      apple: [a, n * t],
      apple_num: [n, a * t],
      orange: [o, m * t],
      orange_num: [m, o * t],
      tax: [t, a * n + o * m],
      apple_price: [a * n, t],
      orange_price: [o * m, t],
      all_price: [a * n + o * m, t],
      price: [(a * n + o * m) * t, 1],
    }),
  },
  local: {
    path: '/en/computational-graph',
    oracle: ({ others: r = 0, apple: a = 0, apple_num: n = 0, tax: t = 0 }) => ({
      others: [r, t],
      apple: [a, n * t],
      apple_num: [n, a * t],
      tax: [t, r + a * n],
      all_price: [r + a * n, t],
      price: [(r + a * n) * t, 1],
    }),
  },
  chain: {
    path: '/en/backpropagation',
    oracle: ({ x = 0, y = 0 }) => ({
      x: [x, 2 * (x + y)],
      y: [y, 2 * (x + y)],
      t: [x + y, 2 * (x + y)],
      z: [(x + y) ** 2, 1],
    }),
  },
  shared: {
    path: '/en/backpropagation',
    oracle: ({ a = 0, b = 0 }) => ({
      a: [a, b + 1],
      b: [b, a + b + b + 1],
      c: [a + b, b + 1],
      d: [b + 1, a + b],
      e: [(a + b) * (b + 1), 1],
    }),
  },
  'add-node': {
    path: '/en/backpropagation',
    oracle: ({ x = 0, y = 0, dout = 0 }) => ({ x: [x, dout], y: [y, dout], z: [x + y, dout] }),
  },
  'mul-node': {
    path: '/en/backpropagation',
    oracle: ({ x = 0, y = 0, dout = 0 }) => ({ x: [x, dout * y], y: [y, dout * x], z: [x * y, dout] }),
  },
  sigmoid: {
    path: '/en/backpropagation',
    oracle: ({ x = 0, dout = 0 }) => {
      const y = 1 / (1 + Math.exp(-x));
      return {
        x: [x, dout * y * (1 - y)],
        y: [y, dout],
        minus_x: [-x, -dout * y * y * Math.exp(-x)],
        exp_minus_x: [Math.exp(-x), -dout * y * y],
        denominator: [1 + Math.exp(-x), -dout * y * y],
      };
    },
  },
};

for (const [id, { path, oracle }] of Object.entries(oracles)) {
  test(`the ${id} graph matches an independent oracle after a drag, a key press and a typed value`, async ({
    page,
  }) => {
    const widget = await openGraph(page, path, id);
    const names = await widget
      .locator('.slider[data-var]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-var') ?? ''));
    const first = slider(widget, names[0] ?? '');
    const min = Number(await first.range.getAttribute('min'));
    const max = Number(await first.range.getAttribute('max'));
    await dragRangeTo(page, first.range, min + 0.73 * (max - min));
    const second = slider(widget, names[1 % names.length] ?? '');
    await second.range.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await typeValue(
      widget,
      names.at(-1) ?? '',
      names.length > 1
        ? String(Number(await slider(widget, names.at(-1) ?? '').range.getAttribute('max')) * 0.37)
        : '1.7',
    );
    const values: Vals = {};
    for (const name of names) values[name] = await slider(widget, name).value();
    for (const [name, [value, grad]] of Object.entries(oracle(values))) await expectNode(widget, name, value, grad);
  });
}
