// The drawing pad's forward pass, through the engine: a MultiLayerNet of the model's shape with the
// model's weights copied in, then softmax over the 10 scores.
import { MNIST_CLASSES, MNIST_PIXELS, MultiLayerNet, noGrad, softmax, tensor } from '../../engine';
import type { ModelWeights } from '../../worker/client';

/** A predictor for a model: 784 pixels in [0, 1] → 10 class probabilities. */
export function makePredictor(model: ModelWeights): (pixels: Float32Array) => Float32Array {
  const sizes = model.sizes;
  const inputs = sizes[0] ?? MNIST_PIXELS;
  const net = new MultiLayerNet(inputs, sizes.slice(1, -1), sizes[sizes.length - 1] ?? MNIST_CLASSES, {
    activation: model.activation,
  });
  model.params.forEach((p, i) => {
    const key = `${i % 2 === 0 ? 'W' : 'b'}${Math.floor(i / 2) + 1}`;
    const target = net.params[key];
    if (!target || target.size !== p.length) throw new Error(`model parameter ${key} does not fit the network`);
    target.data.set(p);
  });
  return (pixels) => noGrad(() => Float32Array.from(softmax(net.predict(tensor(pixels, { shape: [1, inputs] }))).data));
}
