import { mul, relu, sigmoid, step, tanh, tensor, type Tensor } from '../../engine';

/** The activation functions the plot can show, in the order of the buttons. */
export const activationNames = ['step', 'sigmoid', 'relu', 'tanh', 'identity'] as const;
export type ActivationName = (typeof activationNames)[number];

/** h as an engine op, so values and slopes come from the same code the networks use. */
const ops: Record<ActivationName, (x: Tensor) => Tensor> = {
  step: (x) => step(x),
  sigmoid: (x) => sigmoid(x),
  relu: (x) => relu(x),
  tanh: (x) => tanh(x),
  // identity as x·1, so autodiff records it and reports h'(x) = 1
  identity: (x) => mul(x, 1),
};

/** h(x) and the slope h'(x) at one point, by the engine's reverse-mode autodiff. */
export function activationAt(name: ActivationName, x: number): { hx: number; slope: number } {
  const input = tensor([x], { dtype: 'float64', requiresGrad: true });
  const out = ops[name](input);
  out.backward();
  return { hx: out.data[0] ?? Number.NaN, slope: input.grad?.data[0] ?? 0 };
}

/** h over many points at once (one engine call): the curve to draw. */
export function activationCurve(name: ActivationName, xs: readonly number[]): number[] {
  return Array.from(ops[name](tensor([...xs], { dtype: 'float64' })).data);
}

/** The tangent line y = h(x0) + h'(x0)·(x − x0) between lo and hi, as two points. */
export function tangentSegment(
  x0: number,
  hx: number,
  slope: number,
  lo: number,
  hi: number,
): [[number, number], [number, number]] {
  return [
    [lo, hx + slope * (lo - x0)],
    [hi, hx + slope * (hi - x0)],
  ];
}

/** Whether h jumps at 0 (the step), where the slope is undefined and the plot marks the jump. */
export function jumpsAtZero(name: ActivationName): boolean {
  return name === 'step';
}
