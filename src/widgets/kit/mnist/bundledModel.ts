// The small pre-trained model shipped with the book (public/models/, made by scripts/data/trainBundledModel.ts).
import { decodeModel } from '../../../worker/modelFile';
import type { ModelWeights } from '../../../worker/client';

export const BUNDLED_MODEL_FILE = 'mnist-784-50-10.nnmodel';

/** Fetches and validates the bundled model from this site. */
export async function loadBundledModel(): Promise<ModelWeights> {
  const res = await fetch(`${import.meta.env.BASE_URL}models/${BUNDLED_MODEL_FILE}`);
  if (!res.ok) throw new Error(`the bundled model is missing (HTTP ${res.status})`);
  return decodeModel(new Uint8Array(await res.arrayBuffer()));
}
