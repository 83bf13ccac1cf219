// Softmax with cross-entropy, the book's SoftmaxWithLoss, row by row over n rows of k logits. These
// run on n·k numbers (1,000 for the book's batch), so they are scalar and in float64 like the
// TypeScript backend, which keeps the loss the reader sees identical to the reference to float rounding.

/**
 * Softmax of one row of x (k floats) into probs; returns log Σ exp(x − max) + max (the log-partition).
 * Each exp is computed once and kept (rounded to float32) in probs, then divided by the float64 sum,
 * in the same order as the TypeScript kernel.
 */
function softmaxRow(x: usize, probs: usize, k: i32): f64 {
  let max = -Infinity;
  for (let j = 0; j < k; j++) max = Math.max(max, <f64>load<f32>(x + <usize>j * 4));
  let sum: f64 = 0;
  for (let j = 0; j < k; j++) {
    const e = Math.exp(<f64>load<f32>(x + <usize>j * 4) - max);
    store<f32>(probs + <usize>j * 4, <f32>e);
    sum += e;
  }
  for (let j = 0; j < k; j++) store<f32>(probs + <usize>j * 4, <f32>(<f64>load<f32>(probs + <usize>j * 4) / sum));
  return Math.log(sum) + max;
}

/** probs (n,k) = softmax of the rows of x; the mean cross-entropy for class indices labels (i32, n). */
export function softmaxCrossEntropyIndex(x: usize, labels: usize, n: i32, k: i32, probs: usize): f64 {
  let total: f64 = 0;
  for (let r = 0; r < n; r++) {
    const row = <usize>(r * k) * 4;
    const logZ = softmaxRow(x + row, probs + row, k);
    total -= <f64>load<f32>(x + row + <usize>load<i32>(labels + <usize>r * 4) * 4) - logZ;
  }
  return total / n;
}

/** The same for one-hot (or soft) labels t (n,k): −Σ t·log softmax(x) / n. */
export function softmaxCrossEntropyOneHot(x: usize, t: usize, n: i32, k: i32, probs: usize): f64 {
  let total: f64 = 0;
  for (let r = 0; r < n; r++) {
    const row = <usize>(r * k) * 4;
    const logZ = softmaxRow(x + row, probs + row, k);
    for (let j = 0; j < k; j++) {
      const tj = <f64>load<f32>(t + row + <usize>j * 4);
      if (tj != 0) total -= tj * (<f64>load<f32>(x + row + <usize>j * 4) - logZ);
    }
  }
  return total / n;
}

/** out (n,k) = (y − onehot(labels))·scale, scale = dout / n: the gradient with respect to the logits. */
export function softmaxCrossEntropyBackwardIndex(
  y: usize,
  labels: usize,
  n: i32,
  k: i32,
  scale: f64,
  out: usize,
): void {
  for (let i = 0; i < n * k; i++) store<f32>(out + <usize>i * 4, <f32>(<f64>load<f32>(y + <usize>i * 4) * scale));
  for (let r = 0; r < n; r++) {
    const at = out + <usize>(r * k + load<i32>(labels + <usize>r * 4)) * 4;
    store<f32>(at, <f32>(<f64>load<f32>(at) - scale));
  }
}

/** out (n,k) = (y − t)·scale for one-hot labels t (n,k). */
export function softmaxCrossEntropyBackwardOneHot(y: usize, t: usize, n: i32, k: i32, scale: f64, out: usize): void {
  for (let i = 0; i < n * k; i++) {
    const at = <usize>i * 4;
    store<f32>(out + at, <f32>((<f64>load<f32>(y + at) - <f64>load<f32>(t + at)) * scale));
  }
}

/** out (n,k) = softmax of the rows of x (for predictions). */
export function softmaxRows(x: usize, n: i32, k: i32, out: usize): void {
  for (let r = 0; r < n; r++) softmaxRow(x + <usize>(r * k) * 4, out + <usize>(r * k) * 4, k);
}
