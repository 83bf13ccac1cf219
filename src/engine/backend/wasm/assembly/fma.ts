// c + a·b on four lanes. The relaxed build fuses it into one f32x4.relaxed_madd (an FMA where the CPU
// has one); the plain-SIMD build multiplies and adds. ASC_FEATURE_RELAXED_SIMD is a compile-time
// constant, so each binary contains only one of the two branches.
@inline
export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}
