import { param } from '../kit/params/param';
import { activationNames } from './activations';

/** The activation shown and the x read off it; the chart's x-axis spans the same range as the slider. */
export const activationParams = {
  fn: param.oneOf(activationNames, {
    book: 'sigmoid',
    labels: { step: 'Step', sigmoid: 'Sigmoid', relu: 'ReLU', tanh: 'tanh', identity: 'Identity' },
  }),
  x: param.number({ min: -5, max: 5, step: 0.1, fine: 0.01, book: 1, label: { tex: 'x' } }),
};
