// Elementwise kernels of the training step, four lanes at a time with a scalar tail. Their NaN rules
// are those of the TypeScript backend: ReLU keeps NaN, and so does its derivative.

/** ReLU on four lanes: x > 0 ? x : (x is NaN ? x : 0). */
@inline
function relu4(x: v128): v128 {
  const zero = f32x4.splat(0);
  return v128.bitselect(x, v128.bitselect(zero, x, f32x4.eq(x, x)), f32x4.gt(x, zero));
}

@inline
function relu1(x: f32): f32 {
  return x > 0 ? x : x == x ? 0 : x;
}

@inline
function sigmoid1(x: f32): f32 {
  return <f32>(1 / (1 + Math.exp(-<f64>x)));
}

/** Activation codes shared with the TypeScript side: 0 none, 1 ReLU, 2 sigmoid. */
const RELU: i32 = 1;
const SIGMOID: i32 = 2;

/** z (rows, cols) ← f(z + b) with b (cols) added to every row: the Affine layer's bias, then its activation. */
export function biasActivation(z: usize, b: usize, rows: i32, cols: i32, act: i32): void {
  const vecCols = cols & ~3;
  for (let r = 0; r < rows; r++) {
    const row = z + <usize>(r * cols) * 4;
    let j = 0;
    for (; j < vecCols; j += 4) {
      const at = row + <usize>j * 4;
      let v = f32x4.add(v128.load(at), v128.load(b + <usize>j * 4));
      if (act == RELU) v = relu4(v);
      if (act == SIGMOID) {
        v = f32x4(sigmoid1(f32x4.extract_lane(v, 0)), sigmoid1(f32x4.extract_lane(v, 1)), sigmoid1(f32x4.extract_lane(v, 2)), sigmoid1(f32x4.extract_lane(v, 3)));
      }
      v128.store(at, v);
    }
    for (; j < cols; j++) {
      const at = row + <usize>j * 4;
      let v = load<f32>(at) + load<f32>(b + <usize>j * 4);
      if (act == RELU) v = relu1(v);
      if (act == SIGMOID) v = sigmoid1(v);
      store<f32>(at, v);
    }
  }
}

/** out[i] = relu(x[i]) for i < len (x and out may be the same buffer). */
export function reluForward(x: usize, out: usize, len: i32): void {
  let i = 0;
  for (; i + 4 <= len; i += 4) v128.store(out + <usize>i * 4, relu4(v128.load(x + <usize>i * 4)));
  for (; i < len; i++) store<f32>(out + <usize>i * 4, relu1(load<f32>(x + <usize>i * 4)));
}

/** out = dy·[x > 0] (NaN in x stays NaN): ReLU's backward, with x its input or its output. */
export function reluBackward(dy: usize, x: usize, out: usize, len: i32): void {
  const zero = f32x4.splat(0);
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const d = v128.load(dy + <usize>i * 4);
    const v = v128.load(x + <usize>i * 4);
    const off = v128.bitselect(f32x4.mul(zero, d), v, f32x4.eq(v, v));
    v128.store(out + <usize>i * 4, v128.bitselect(d, off, f32x4.gt(v, zero)));
  }
  for (; i < len; i++) {
    const d = load<f32>(dy + <usize>i * 4);
    const v = load<f32>(x + <usize>i * 4);
    store<f32>(out + <usize>i * 4, v > 0 ? d : v == v ? 0 * d : v);
  }
}

/** out = dy·(1 − y)·y: the sigmoid's backward from its output y. */
export function sigmoidBackward(dy: usize, y: usize, out: usize, len: i32): void {
  const one = f32x4.splat(1);
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const v = v128.load(y + <usize>i * 4);
    v128.store(out + <usize>i * 4, f32x4.mul(f32x4.mul(v128.load(dy + <usize>i * 4), f32x4.sub(one, v)), v));
  }
  for (; i < len; i++) {
    const v = load<f32>(y + <usize>i * 4);
    store<f32>(out + <usize>i * 4, load<f32>(dy + <usize>i * 4) * (1 - v) * v);
  }
}

/** out (cols) = Σ over rows of x (rows, cols): the bias gradient db = Σₙ dz. */
export function columnSums(x: usize, rows: i32, cols: i32, out: usize): void {
  memory.fill(out, 0, <usize>cols * 4);
  const vecCols = cols & ~3;
  for (let r = 0; r < rows; r++) {
    const row = x + <usize>(r * cols) * 4;
    let j = 0;
    for (; j < vecCols; j += 4) v128.store(out + <usize>j * 4, f32x4.add(v128.load(out + <usize>j * 4), v128.load(row + <usize>j * 4)));
    for (; j < cols; j++) store<f32>(out + <usize>j * 4, load<f32>(out + <usize>j * 4) + load<f32>(row + <usize>j * 4));
  }
}

/** y += alpha·x over len floats. */
export function axpy(alpha: f32, x: usize, y: usize, len: i32): void {
  const a = f32x4.splat(alpha);
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const at = y + <usize>i * 4;
    v128.store(at, f32x4.add(v128.load(at), f32x4.mul(a, v128.load(x + <usize>i * 4))));
  }
  for (; i < len; i++) store<f32>(y + <usize>i * 4, load<f32>(y + <usize>i * 4) + alpha * load<f32>(x + <usize>i * 4));
}
