// The book's TwoLayerNet: Affine1 → Relu1 → Affine2 → SoftmaxWithLoss.
import type { DType } from '../dtype';
import { Affine } from '../layers/affine';
import { Relu } from '../layers/activationLayers';
import { createRng, type Rng } from '../rng';
import { initAffine } from './initWeights';
import { LayerNet } from './layerNet';

/** Options of TwoLayerNet: weights ~ N(0, weightInitStd²) from rng (default seed 0), dtype float32. */
export interface TwoLayerNetOptions {
  weightInitStd?: number;
  rng?: Rng;
  dtype?: DType;
}

/** inputSize → hiddenSize (ReLU) → outputSize scores; params W1 (I,H), b1 (H), W2 (H,O), b2 (O). */
export class TwoLayerNet extends LayerNet<'W1' | 'b1' | 'W2' | 'b2'> {
  constructor(
    inputSize: number,
    hiddenSize: number,
    outputSize: number,
    { weightInitStd = 0.01, rng = createRng(0), dtype = 'float32' }: TwoLayerNetOptions = {},
  ) {
    const first = initAffine(inputSize, hiddenSize, weightInitStd, rng, dtype);
    const second = initAffine(hiddenSize, outputSize, weightInitStd, rng, dtype);
    const params = { W1: first.W, b1: first.b, W2: second.W, b2: second.b };
    super(params, [new Affine(params.W1, params.b1), new Relu(), new Affine(params.W2, params.b2)]);
  }
}
