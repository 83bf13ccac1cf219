// A fully connected net of any depth: (Affine → activation) × hidden layers, then Affine and SoftmaxWithLoss.
import type { DType } from '../dtype';
import { Affine } from '../layers/affine';
import { Relu, Sigmoid } from '../layers/activationLayers';
import type { Layer } from '../layers/layer';
import { createRng, type Rng } from '../rng';
import type { Tensor } from '../tensor';
import { initAffine, type WeightInit } from './initWeights';
import { LayerNet } from './layerNet';

/** The hidden layers' nonlinearity. */
/** The hidden-layer activations a net can use (a list, so settings that arrive as data can be checked). */
export const activationNames = ['relu', 'sigmoid'] as const;
export type Activation = (typeof activationNames)[number];

/** Options of MultiLayerNet; weightInit defaults to 'he' for relu and 'xavier' for sigmoid. */
export interface MultiLayerNetOptions {
  activation?: Activation;
  weightInit?: WeightInit;
  rng?: Rng;
  dtype?: DType;
}

/** inputSize → hiddenSizes… → outputSize; params W1, b1, …, Wn, bn with Wi (sizes[i−1], sizes[i]). */
export class MultiLayerNet extends LayerNet<string> {
  constructor(
    inputSize: number,
    hiddenSizes: readonly number[],
    outputSize: number,
    options: MultiLayerNetOptions = {},
  ) {
    const { activation = 'relu', rng = createRng(0), dtype = 'float32' } = options;
    const init = options.weightInit ?? (activation === 'relu' ? 'he' : 'xavier');
    const sizes = [inputSize, ...hiddenSizes, outputSize];
    const params: Record<string, Tensor> = {};
    const layers: Layer[] = [];
    for (let i = 1; i < sizes.length; i++) {
      const { W, b } = initAffine(sizes[i - 1] ?? 0, sizes[i] ?? 0, init, rng, dtype);
      params[`W${i}`] = W;
      params[`b${i}`] = b;
      layers.push(new Affine(W, b));
      if (i < sizes.length - 1) layers.push(activation === 'relu' ? new Relu() : new Sigmoid());
    }
    super(params, layers);
  }
}
