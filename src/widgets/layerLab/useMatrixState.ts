import { useCallback, useMemo } from 'react';
import { numberListCodec, type Codec } from '../../state/codecs';
import { useWidgetState } from '../../state/widgetState';
import { matrix, type Matrix } from './layerMath';

const codecs = new Map<string, Codec<number[]>>();

/** One codec per (size, range), made once, so useWidgetState sees a stable codec. */
function listCodec(size: number, min: number, max: number): Codec<number[]> {
  const key = `${size}:${min}:${max}`;
  let codec = codecs.get(key);
  if (!codec) {
    codec = numberListCodec(size, size, min, max);
    codecs.set(key, codec);
  }
  return codec;
}

/** A shareable (rows × cols) matrix the reader edits cell by cell; values are clamped into [min, max] by the codec. */
export function useMatrixState(
  key: string,
  rows: number,
  cols: number,
  initial: readonly number[],
  min: number,
  max: number,
): [Matrix, (index: number, value: number) => void, (values: number[]) => void] {
  const codec = listCodec(rows * cols, min, max);
  const [values, setValues] = useWidgetState(key, codec, initial as number[]);
  const m = useMemo(() => matrix(rows, cols, values), [rows, cols, values]);
  const setCell = useCallback(
    (index: number, value: number) => setValues((prev) => prev.map((v, i) => (i === index ? value : v))),
    [setValues],
  );
  return [m, setCell, setValues];
}
