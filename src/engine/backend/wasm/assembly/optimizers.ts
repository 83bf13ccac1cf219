// The optimizers' update rules over one parameter array p with gradient g (len floats), four lanes at a
// time; state arrays (v, h, m) live beside the parameters in the run's memory, zero at the start.
const EPS: f32 = 1e-7;

/** SGD: p ← p − lr·g. */
export function sgdUpdate(p: usize, g: usize, len: i32, lr: f32): void {
  const a = f32x4.splat(lr);
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const at = <usize>i * 4;
    v128.store(p + at, f32x4.sub(v128.load(p + at), f32x4.mul(a, v128.load(g + at))));
  }
  for (; i < len; i++) store<f32>(p + <usize>i * 4, load<f32>(p + <usize>i * 4) - lr * load<f32>(g + <usize>i * 4));
}

/** Momentum: v ← α·v − lr·g; p ← p + v. */
export function momentumUpdate(p: usize, g: usize, v: usize, len: i32, lr: f32, alpha: f32): void {
  const l = f32x4.splat(lr);
  const m = f32x4.splat(alpha);
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const at = <usize>i * 4;
    const vv = f32x4.sub(f32x4.mul(m, v128.load(v + at)), f32x4.mul(l, v128.load(g + at)));
    v128.store(v + at, vv);
    v128.store(p + at, f32x4.add(v128.load(p + at), vv));
  }
  for (; i < len; i++) {
    const at = <usize>i * 4;
    const vv = alpha * load<f32>(v + at) - lr * load<f32>(g + at);
    store<f32>(v + at, vv);
    store<f32>(p + at, load<f32>(p + at) + vv);
  }
}

/** AdaGrad: h ← h + g²; p ← p − lr·g / (√h + 1e-7). */
export function adaGradUpdate(p: usize, g: usize, h: usize, len: i32, lr: f32): void {
  const l = f32x4.splat(lr);
  const eps = f32x4.splat(EPS);
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const at = <usize>i * 4;
    const gg = v128.load(g + at);
    const hh = f32x4.add(v128.load(h + at), f32x4.mul(gg, gg));
    v128.store(h + at, hh);
    v128.store(p + at, f32x4.sub(v128.load(p + at), f32x4.div(f32x4.mul(l, gg), f32x4.add(f32x4.sqrt(hh), eps))));
  }
  for (; i < len; i++) {
    const at = <usize>i * 4;
    const gg = load<f32>(g + at);
    const hh = load<f32>(h + at) + gg * gg;
    store<f32>(h + at, hh);
    store<f32>(p + at, load<f32>(p + at) - (lr * gg) / (Mathf.sqrt(hh) + EPS));
  }
}

/** Adam with the bias correction in lrT: m += (1−β₁)(g−m); v += (1−β₂)(g²−v); p −= lrT·m/(√v + 1e-7). */
export function adamUpdate(p: usize, g: usize, m: usize, v: usize, len: i32, lrT: f32, beta1: f32, beta2: f32): void {
  const l = f32x4.splat(lrT);
  const c1 = f32x4.splat(1 - beta1);
  const c2 = f32x4.splat(1 - beta2);
  const eps = f32x4.splat(EPS);
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const at = <usize>i * 4;
    const gg = v128.load(g + at);
    const mm0 = v128.load(m + at);
    const vv0 = v128.load(v + at);
    const mm = f32x4.add(mm0, f32x4.mul(c1, f32x4.sub(gg, mm0)));
    const vv = f32x4.add(vv0, f32x4.mul(c2, f32x4.sub(f32x4.mul(gg, gg), vv0)));
    v128.store(m + at, mm);
    v128.store(v + at, vv);
    v128.store(p + at, f32x4.sub(v128.load(p + at), f32x4.div(f32x4.mul(l, mm), f32x4.add(f32x4.sqrt(vv), eps))));
  }
  for (; i < len; i++) {
    const at = <usize>i * 4;
    const gg = load<f32>(g + at);
    const mm = load<f32>(m + at) + (1 - beta1) * (gg - load<f32>(m + at));
    const vv = load<f32>(v + at) + (1 - beta2) * (gg * gg - load<f32>(v + at));
    store<f32>(m + at, mm);
    store<f32>(v + at, vv);
    store<f32>(p + at, load<f32>(p + at) - (lrT * mm) / (Mathf.sqrt(vv) + EPS));
  }
}
