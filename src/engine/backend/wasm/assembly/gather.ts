// A mini-batch from a dataset that sits in the run's memory as bytes: pixel rows scaled to [0, 1] and
// their labels, picked by a list of row numbers. Sixteen pixels per step: u8 → u16 → u32 → f32, ÷ 255
// (a division, not a multiplication by 1/255, so the values equal the TypeScript side's v / 255).

/** 16 bytes at src → 16 floats at dst, each ÷ 255. */
@inline
function scale16(src: usize, dst: usize): void {
  const d = f32x4.splat(255);
  const bytes = v128.load(src);
  const lo = i16x8.extend_low_i8x16_u(bytes);
  const hi = i16x8.extend_high_i8x16_u(bytes);
  v128.store(dst, f32x4.div(f32x4.convert_i32x4_u(i32x4.extend_low_i16x8_u(lo)), d));
  v128.store(dst, f32x4.div(f32x4.convert_i32x4_u(i32x4.extend_high_i16x8_u(lo)), d), 16);
  v128.store(dst, f32x4.div(f32x4.convert_i32x4_u(i32x4.extend_low_i16x8_u(hi)), d), 32);
  v128.store(dst, f32x4.div(f32x4.convert_i32x4_u(i32x4.extend_high_i16x8_u(hi)), d), 48);
}

/** out[j] = src[j] / 255 for j < len. */
function scaleRow(src: usize, out: usize, len: i32): void {
  let j = 0;
  for (; j + 16 <= len; j += 16) scale16(src + <usize>j, out + <usize>j * 4);
  for (; j < len; j++) store<f32>(out + <usize>j * 4, <f32>load<u8>(src + <usize>j) / <f32>255);
}

/** out (n, d) = images[rows[r]] / 255 and outLabels[r] = labels[rows[r]] (i32), for r < n. */
export function gatherBatch(images: usize, labels: usize, d: i32, rows: usize, n: i32, out: usize, outLabels: usize): void {
  for (let r = 0; r < n; r++) {
    const row = load<i32>(rows + <usize>r * 4);
    scaleRow(images + <usize>row * <usize>d, out + <usize>(r * d) * 4, d);
    store<i32>(outLabels + <usize>r * 4, <i32>load<u8>(labels + <usize>row));
  }
}

/** out (n, d) = images rows start..start+n−1, / 255 (evaluation chunks). */
export function scaleRows(images: usize, d: i32, start: i32, n: i32, out: usize): void {
  scaleRow(images + <usize>start * <usize>d, out, n * d);
}
