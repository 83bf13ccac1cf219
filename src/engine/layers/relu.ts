// The book's Relu layer.
import { ActivationLayer } from './activationLayer';

/** out = max(0, x); backward lets dout through where the input was positive (mask = out > 0). */
export class Relu extends ActivationLayer {
  constructor() {
    super('Relu', 'relu', 'reluBackward');
  }
}
