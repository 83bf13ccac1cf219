// The optimizer race: four of the engine's optimizers walk down f(x, y) = x²/20 + y² from the same start.
// The bowl is 20 times flatter along x than along y, which is exactly where plain SGD zig-zags.
import { AdaGrad, Adam, Momentum, SGD, tensor, type Optimizer, type Tensor } from '../../engine';
import type { Stepper } from '../kit/run/stepper';

export const optimizerNames = ['sgd', 'momentum', 'adagrad', 'adam'] as const;
export type OptimizerName = (typeof optimizerNames)[number];

/** Display names, the same in both languages. */
export const optimizerLabels: Record<OptimizerName, string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  adagrad: 'AdaGrad',
  adam: 'Adam',
};

/** The learning rates the book races with. */
export const bookLearningRates: Record<OptimizerName, number> = { sgd: 0.95, momentum: 0.1, adagrad: 1.5, adam: 0.3 };

/** Every racer starts here. */
export const START: readonly [number, number] = [-7, 2];
/** A racer within this distance of (0, 0) has reached the minimum. */
export const REACHED_DISTANCE = 0.01;
/** The race stops after this many steps. */
export const MAX_STEPS = 300;

/** f(x, y) = x²/20 + y². */
export function bowl(x: number, y: number): number {
  return (x * x) / 20 + y * y;
}

/** ∇f = (x/10, 2y). */
export function bowlGradient(x: number, y: number): [number, number] {
  return [x / 10, 2 * y];
}

function makeOptimizer(name: OptimizerName, lr: number): Optimizer {
  switch (name) {
    case 'sgd':
      return new SGD(lr);
    case 'momentum':
      return new Momentum(lr);
    case 'adagrad':
      return new AdaGrad(lr);
    case 'adam':
      return new Adam(lr);
  }
}

/** One optimizer's walk: its path of (x, y) points, the step it first came within REACHED_DISTANCE, and whether it blew up. */
export interface Racer {
  readonly name: OptimizerName;
  readonly path: [number, number][];
  reachedAt: number | null;
  diverged: boolean;
}

interface RacerEngine {
  racer: Racer;
  optimizer: Optimizer;
  point: Tensor;
}

/** The four racers, stepped together. */
export class Race {
  private readonly engines: RacerEngine[];

  constructor(learningRates: Readonly<Record<OptimizerName, number>>) {
    this.engines = optimizerNames.map((name) => ({
      racer: { name, path: [[START[0], START[1]]], reachedAt: null, diverged: false },
      optimizer: makeOptimizer(name, learningRates[name]),
      point: tensor([START[0], START[1]], { dtype: 'float64' }),
    }));
  }

  get racers(): readonly Racer[] {
    return this.engines.map((e) => e.racer);
  }

  /** Steps taken so far (the same for every racer that has not stopped). */
  get steps(): number {
    return Math.max(...this.engines.map((e) => e.racer.path.length - 1));
  }

  get finished(): boolean {
    return this.steps >= MAX_STEPS || this.engines.every((e) => e.racer.diverged);
  }

  /** One update for every racer that has not diverged: p ← optimizer(p, ∇f(p)). */
  step(): void {
    if (this.finished) return;
    for (const { racer, optimizer, point } of this.engines) {
      if (racer.diverged) continue;
      const [x, y] = [point.data[0] ?? 0, point.data[1] ?? 0];
      optimizer.update({ p: point }, { p: tensor(bowlGradient(x, y), { dtype: 'float64' }) });
      const next: [number, number] = [point.data[0] ?? NaN, point.data[1] ?? NaN];
      if (!next.every(Number.isFinite) || !Number.isFinite(bowl(...next)) || Math.hypot(...next) > 1e6) {
        racer.diverged = true;
        continue;
      }
      racer.path.push(next);
      if (racer.reachedAt === null && Math.hypot(...next) < REACHED_DISTANCE) racer.reachedAt = racer.path.length - 1;
    }
  }
}

/** Where a racer is now, and the loss there. */
export function racerPosition(racer: Racer): { x: number; y: number; loss: number } {
  const [x, y] = racer.path[racer.path.length - 1] ?? START;
  return { x, y, loss: bowl(x, y) };
}

/** What the run controls hold: the race (its optimizers keep their moments, so it steps in place) and its step count. */
export interface RaceState {
  readonly race: Race;
  readonly steps: number;
}

export function startRace(learningRates: Readonly<Record<OptimizerName, number>>): RaceState {
  return { race: new Race(learningRates), steps: 0 };
}

/** One step of every racer; the race is done at MAX_STEPS and diverged when every racer blew up. */
export const raceStepper: Stepper<RaceState> = {
  step: ({ race }) => {
    race.step();
    return { race, steps: race.steps };
  },
  status: ({ race }) => (race.racers.every((r) => r.diverged) ? 'diverged' : race.finished ? 'done' : 'ready'),
};
