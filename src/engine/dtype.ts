// Numbers live in flat typed arrays. float32 is fast and small (the default for training);
// float64 is exact enough to reproduce the book's printed numbers and to check gradients.

/** The element types a tensor can hold. */
export type DType = 'float32' | 'float64';

/** A flat buffer of tensor elements in row-major order. */
export type FloatArray = Float32Array | Float64Array;

/** A new zero-filled buffer of n elements of the given dtype. */
export function allocate(dtype: DType, n: number): FloatArray {
  return dtype === 'float64' ? new Float64Array(n) : new Float32Array(n);
}

/** The dtype of a buffer. */
export function dtypeOf(data: FloatArray): DType {
  return data instanceof Float64Array ? 'float64' : 'float32';
}

/** numpy-style promotion: mixing float32 and float64 gives float64. */
export function promote(a: DType, b: DType): DType {
  return a === 'float64' || b === 'float64' ? 'float64' : 'float32';
}
