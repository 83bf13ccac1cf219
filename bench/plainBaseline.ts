// The baseline: the book's TwoLayerNet training step written the plain way, as a first attempt
// would be: Float32Arrays, the textbook i-j-k triple loop for every product, explicit transposes,
// and fresh arrays for every intermediate result on every step. Same math as the engine's step.

/** C (m,n) = A (m,k) · B (k,n), the textbook loop. */
function matmul(a: Float32Array, b: Float32Array, m: number, k: number, n: number): Float32Array {
  const c = new Float32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += (a[i * k + p] ?? 0) * (b[p * n + j] ?? 0);
      c[i * n + j] = s;
    }
  }
  return c;
}

/** Aᵀ for A (r,c). */
function transpose(a: Float32Array, r: number, c: number): Float32Array {
  const t = new Float32Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) t[j * r + i] = a[i * c + j] ?? 0;
  return t;
}

/** Parameters of a 2-layer net. */
export interface PlainNet {
  W1: Float32Array;
  b1: Float32Array;
  W2: Float32Array;
  b2: Float32Array;
  sizes: [number, number, number];
}

/** One SGD step on a batch x (n,d) with one-hot t (n,k); returns the loss. */
export function plainStep(net: PlainNet, x: Float32Array, t: Float32Array, n: number, lr: number): number {
  const [d, h, k] = net.sizes;
  // forward
  const a1 = matmul(x, net.W1, n, d, h);
  for (let i = 0; i < n * h; i++) a1[i] = (a1[i] ?? 0) + (net.b1[i % h] ?? 0);
  const z1 = a1.map((v) => (v > 0 ? v : 0));
  const a2 = matmul(z1, net.W2, n, h, k);
  for (let i = 0; i < n * k; i++) a2[i] = (a2[i] ?? 0) + (net.b2[i % k] ?? 0);
  const y = new Float32Array(n * k);
  let loss = 0;
  for (let r = 0; r < n; r++) {
    const row = a2.subarray(r * k, r * k + k);
    const m = Math.max(...row);
    let s = 0;
    for (let j = 0; j < k; j++) s += Math.exp((row[j] ?? 0) - m);
    for (let j = 0; j < k; j++) {
      y[r * k + j] = Math.exp((row[j] ?? 0) - m) / s;
      loss -= (t[r * k + j] ?? 0) * Math.log((y[r * k + j] ?? 0) + 1e-7);
    }
  }
  // backward
  const dy = y.map((v, i) => (v - (t[i] ?? 0)) / n);
  const dW2 = matmul(transpose(z1, n, h), dy, h, n, k);
  const db2 = new Float32Array(k);
  for (let i = 0; i < n * k; i++) db2[i % k] = (db2[i % k] ?? 0) + (dy[i] ?? 0);
  const dz1 = matmul(dy, transpose(net.W2, h, k), n, k, h);
  const da1 = dz1.map((v, i) => ((a1[i] ?? 0) > 0 ? v : 0));
  const dW1 = matmul(transpose(x, n, d), da1, d, n, h);
  const db1 = new Float32Array(h);
  for (let i = 0; i < n * h; i++) db1[i % h] = (db1[i % h] ?? 0) + (da1[i] ?? 0);
  matmul(da1, transpose(net.W1, d, h), n, h, d); // dx, as the book's Affine.backward computes it
  // SGD
  const sgd = (p: Float32Array, g: Float32Array) => p.forEach((v, i) => (p[i] = v - lr * (g[i] ?? 0)));
  sgd(net.W1, dW1);
  sgd(net.b1, db1);
  sgd(net.W2, dW2);
  sgd(net.b2, db2);
  return loss / n;
}
