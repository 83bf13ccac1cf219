// The reference backend: plain JavaScript loops over typed arrays, one file per kind of kernel.
import type { Backend } from './backendTypes';
import { axpyInPlace, binaryInPlace, unaryInPlace } from './cpu/elementwise';
import { softmaxCrossEntropyBackwardInPlace, softmaxCrossEntropyInPlace } from './cpu/losses';
import { matmulInPlace, matmulTransAInPlace, matmulTransBInPlace } from './cpu/matmul';
import { reduceInPlace, softmaxInPlace } from './cpu/reduce';
import { transposeInPlace } from './cpu/transpose';

/** The plain typed-array backend, used unless setBackend installs another. */
export const cpuBackend: Backend = {
  name: 'cpu',
  unaryInPlace,
  binaryInPlace,
  matmulInPlace,
  matmulTransAInPlace,
  matmulTransBInPlace,
  reduceInPlace,
  softmaxInPlace,
  transposeInPlace,
  softmaxCrossEntropyInPlace,
  softmaxCrossEntropyBackwardInPlace,
  axpyInPlace,
};
