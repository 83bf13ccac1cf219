// The shape of a fully connected classifier, shared by the trainer, the model file and the drawing pad.

import type { Activation } from '../engine';

export type { Activation };

/** sizes = [784, hidden…, 10]; no hidden sizes is softmax regression (a single dense softmax layer). */
export interface MlpShape {
  readonly sizes: readonly number[];
  readonly activation: Activation;
}

/** Number of float32 parameters: Σ (in·out + out) over the layers. */
export function parameterCount(sizes: readonly number[]): number {
  let total = 0;
  for (let l = 1; l < sizes.length; l++) total += (sizes[l - 1] ?? 0) * (sizes[l] ?? 0) + (sizes[l] ?? 0);
  return total;
}

/** "784-50-10 ReLU" style label. */
export function describeShape(shape: MlpShape): string {
  return `${shape.sizes.join('-')}${shape.sizes.length > 2 ? ` ${shape.activation === 'relu' ? 'ReLU' : 'sigmoid'}` : ''}`;
}
