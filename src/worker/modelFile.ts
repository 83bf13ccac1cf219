// The model file (download, upload, and the bundled pre-trained model): the magic "NNBOOK01", a
// little-endian uint32 header length, a JSON header, zero padding to 4 bytes, then the float32
// parameters W1, b1, W2, b2, … in little-endian order. Loading validates everything.
import { MNIST_CLASSES, MNIST_PIXELS } from '../engine';
import { parameterCount, type Activation } from './mlpShape';
import type { ModelWeights, TrainDataset } from './protocol';

const MAGIC = 'NNBOOK01';
const MAX_LAYER = 4096;

/** The file's bytes for a model. */
export function encodeModel(model: ModelWeights): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({
      sizes: model.sizes,
      activation: model.activation,
      dataset: model.dataset,
      testAccuracy: model.testAccuracy,
    }),
  );
  const headerEnd = 12 + header.length;
  const dataStart = Math.ceil(headerEnd / 4) * 4;
  const floats = model.params.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(dataStart + 4 * floats);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, header.length, true);
  out.set(header, 12);
  let at = dataStart;
  for (const p of model.params) {
    for (const v of p) {
      view.setFloat32(at, v, true);
      at += 4;
    }
  }
  return out;
}

function bad(why: string): never {
  throw new Error(`not a model file of this book: ${why}`);
}

/** Parses and validates a model file: magic, header, 784 inputs, 10 outputs, exact length, finite weights. */
export function decodeModel(bytes: Uint8Array): ModelWeights {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC)
    bad('it does not start with NNBOOK01');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > bytes.length) bad('the header is cut off');
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)));
  } catch {
    bad('the header is not JSON');
  }
  const h = header as { sizes?: unknown; activation?: unknown; dataset?: unknown; testAccuracy?: unknown };
  const sizes = h.sizes;
  if (
    !Array.isArray(sizes) ||
    sizes.length < 2 ||
    sizes.length > 6 ||
    !sizes.every((s) => Number.isInteger(s) && s >= 1 && s <= MAX_LAYER)
  )
    bad('the layer sizes are invalid');
  if (sizes[0] !== MNIST_PIXELS || sizes[sizes.length - 1] !== MNIST_CLASSES) {
    bad(`the network is ${sizes.join('-')}, but it must take ${MNIST_PIXELS} pixels and give ${MNIST_CLASSES} classes`);
  }
  if (h.activation !== 'relu' && h.activation !== 'sigmoid') bad('the activation is neither relu nor sigmoid');
  if (h.dataset !== 'mnist' && h.dataset !== 'fashion') bad('the data set is neither mnist nor fashion');
  const testAccuracy =
    typeof h.testAccuracy === 'number' && h.testAccuracy >= 0 && h.testAccuracy <= 1 ? h.testAccuracy : 0;
  const dataStart = Math.ceil((12 + headerLength) / 4) * 4;
  const floats = parameterCount(sizes as number[]);
  if (bytes.length !== dataStart + 4 * floats)
    bad(`it has ${bytes.length} bytes, but a ${sizes.join('-')} network needs ${dataStart + 4 * floats}`);
  const params: Float32Array[] = [];
  let at = dataStart;
  for (let l = 1; l < sizes.length; l++) {
    for (const len of [sizes[l - 1] * sizes[l], sizes[l]] as number[]) {
      const p = new Float32Array(len);
      for (let i = 0; i < len; i++, at += 4) {
        const v = view.getFloat32(at, true);
        if (!Number.isFinite(v)) bad('it contains NaN or infinite weights');
        p[i] = v;
      }
      params.push(p);
    }
  }
  return {
    sizes: sizes as number[],
    activation: h.activation as Activation,
    dataset: h.dataset as TrainDataset,
    params,
    testAccuracy,
  };
}
