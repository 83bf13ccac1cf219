import { mul, pow, sum, tensor } from '../../engine';
import type { Domain, Point } from '../kit/contour/contourGrid';
import type { Stepper } from '../kit/run/stepper';

/** The two loss surfaces: a round bowl and a long, narrow valley. */
export type SurfaceName = 'bowl' | 'valley';
export const surfaceNames: readonly SurfaceName[] = ['bowl', 'valley'];

/** L(x0, x1) = c0·x0² + c1·x1², its picture's domain and the book's start point. */
export interface Surface {
  coeffs: readonly [number, number];
  domain: Domain;
  start: Point;
  tex: string;
}

export const surfaces: Record<SurfaceName, Surface> = {
  bowl: { coeffs: [1, 1], domain: { x: [-5, 5], y: [-5, 5] }, start: [-3, 4], tex: 'L = x_0^2 + x_1^2' },
  valley: {
    coeffs: [1 / 20, 1],
    domain: { x: [-10, 10], y: [-5, 5] },
    start: [-7, 2],
    tex: 'L = \\tfrac{1}{20}x_0^2 + x_1^2',
  },
};

/** Above this loss a run counts as diverged and stops (the surfaces start below 40). */
export const DIVERGED_LOSS = 1e6;
/** Below this loss a run has reached the minimum at (0, 0). */
export const CONVERGED_LOSS = 1e-8;
/** A run that has done this many steps stops even if it has not arrived. */
export const MAX_STEPS = 2000;

export type RunStatus = 'idle' | 'running' | 'converged' | 'diverged' | 'stopped';

/** One point of a run: where it is, the loss there and the gradient ∇L there. */
export interface DescentPoint {
  point: Point;
  loss: number;
  grad: Point;
}

/** The surface's value for drawing: the same formula the engine differentiates below. */
export function surfaceValue(s: Surface, x0: number, x1: number): number {
  return s.coeffs[0] * x0 * x0 + s.coeffs[1] * x1 * x1;
}

/** L and ∇L at p, by the engine's autodiff: x (2,) → L = Σ c ⊙ x² → ∂L/∂x. */
export function evaluate(s: Surface, p: Point): DescentPoint {
  const x = tensor([p[0], p[1]], { dtype: 'float64', requiresGrad: true });
  const loss = sum(mul(tensor([...s.coeffs], { dtype: 'float64' }), pow(x, 2)));
  loss.backward();
  const g = x.grad?.data;
  return { point: p, loss: loss.item(), grad: [g?.[0] ?? Number.NaN, g?.[1] ?? Number.NaN] };
}

/** One update w ← w − η·∇L. */
export function descentStep(s: Surface, from: DescentPoint, lr: number): DescentPoint {
  return evaluate(s, [from.point[0] - lr * from.grad[0], from.point[1] - lr * from.grad[1]]);
}

/** Where a run stands after its last point. */
export function statusOf(run: readonly DescentPoint[]): RunStatus {
  const last = run[run.length - 1];
  if (!last) return 'idle';
  const finite = Number.isFinite(last.loss) && Number.isFinite(last.point[0]) && Number.isFinite(last.point[1]);
  if (!finite || last.loss > DIVERGED_LOSS) return 'diverged';
  if (last.loss < CONVERGED_LOSS) return 'converged';
  if (run.length - 1 >= MAX_STEPS) return 'stopped';
  return 'idle';
}

/** Takes up to n more steps, stopping early when the run converges, diverges or hits MAX_STEPS. */
export function advance(s: Surface, run: readonly DescentPoint[], lr: number, n: number): DescentPoint[] {
  const out = [...run];
  for (let k = 0; k < n; k++) {
    const status = statusOf(out);
    const last = out[out.length - 1];
    if (!last || status !== 'idle') break;
    out.push(descentStep(s, last, lr));
  }
  return out;
}

/** Gradient descent for the run controls: one update per step; done at the minimum or the step limit. */
export function descentStepper(s: Surface, lr: number): Stepper<readonly DescentPoint[]> {
  return {
    step: (run) => advance(s, run, lr, 1),
    status: (run) => {
      const status = statusOf(run);
      return status === 'idle' ? 'ready' : status === 'diverged' ? 'diverged' : 'done';
    },
  };
}

/** An arrow along −∇L from each point, its length capped so the picture stays readable. */
export function downhillArrows(run: readonly DescentPoint[], cap: number, limit = 40): [Point, Point][] {
  return run.slice(0, limit).flatMap(({ point, grad }) => {
    const norm = Math.hypot(grad[0], grad[1]);
    if (!(norm > 1e-9) || !Number.isFinite(norm)) return [];
    const len = Math.min(cap, 0.25 * norm);
    return [[point, [point[0] - (grad[0] / norm) * len, point[1] - (grad[1] / norm) * len]] as [Point, Point]];
  });
}
