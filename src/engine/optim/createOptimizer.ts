// The optimizers by name, for settings that arrive as data (the MNIST trainer's worker messages).
import { AdaGrad } from './adaGrad';
import { Adam } from './adam';
import { Momentum } from './momentum';
import type { ParamwiseOptimizer } from './optimizer';
import { SGD } from './sgd';

/** The names a trainer setting may use. */
export const optimizerNames = ['sgd', 'momentum', 'adagrad', 'adam'] as const;
export type OptimizerName = (typeof optimizerNames)[number];

/** A fresh optimizer with learning rate lr and the book's other defaults (momentum 0.9; Adam β₁ 0.9, β₂ 0.999). */
export function createOptimizer(name: OptimizerName, lr: number): ParamwiseOptimizer {
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
