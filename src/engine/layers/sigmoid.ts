// The book's Sigmoid layer.
import { ActivationLayer } from './activationLayer';

/** out = 1/(1 + e⁻ˣ); backward dx = dout·(1 − out)·out. */
export class Sigmoid extends ActivationLayer {
  constructor() {
    super('Sigmoid', 'sigmoid', 'sigmoidBackward');
  }
}
