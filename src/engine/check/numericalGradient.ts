// Numerical differentiation, the book's oracle for backprop:
// ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h, nudging one element of x at a time in place.
import { noGrad } from '../autodiff/gradMode';
import { Tensor } from '../tensor';
import { allocate } from '../dtype';

/** Central-difference gradient of the scalar f at x (same shape as x); x is restored afterwards. */
export function numericalGradient(f: (x: Tensor) => number, x: Tensor, h = 1e-4): Tensor {
  const grad = new Tensor(allocate(x.dtype, x.size), x.shape);
  const data = x.data;
  noGrad(() => {
    for (let i = 0; i < data.length; i++) {
      const original = data[i] ?? 0;
      data[i] = original + h;
      const fPlus = f(x);
      data[i] = original - h;
      const fMinus = f(x);
      data[i] = original;
      grad.data[i] = (fPlus - fMinus) / (2 * h);
    }
  });
  return grad;
}
