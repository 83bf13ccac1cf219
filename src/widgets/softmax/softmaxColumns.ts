import { exp, max, softmax, sub, sum, tensor } from '../../engine';

/** The textbook's straightforward formula yₖ = exp(aₖ) / Σ exp(aᵢ), in plain JavaScript on purpose: it overflows. */
export function naiveSoftmax(a: readonly number[]): { exps: number[]; total: number; y: number[] } {
  const exps = a.map((v) => Math.exp(v));
  const total = exps.reduce((s, v) => s + v, 0);
  return { exps, total, y: exps.map((v) => v / total) };
}

/** The stable softmax of the engine (it subtracts the max inside), plus the shifted exponentials it uses, to show. */
export function stableSoftmax(a: readonly number[]): { shift: number; exps: number[]; total: number; y: number[] } {
  const x = tensor([...a], { dtype: 'float64' });
  const shift = max(x).item();
  const e = exp(sub(x, shift));
  return { shift, exps: Array.from(e.data), total: sum(e).item(), y: Array.from(softmax(x).data) };
}
