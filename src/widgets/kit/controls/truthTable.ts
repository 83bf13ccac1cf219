import { oneOfCodec } from '../../../state/codecs';

/** The four inputs of a two-input truth table, in the book's order: (0,0), (1,0), (0,1), (1,1). */
export const inputRows: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
];

/** A row's key, "x1,x2": how tests, URLs and the row chooser name it. */
export function rowKey(x1: number, x2: number): string {
  return `${x1},${x2}`;
}

/** The four row keys in the book's order. */
export const rowKeys: readonly string[] = inputRows.map(([a, b]) => rowKey(a, b));

/** URL codec for a chosen row: only the four keys are accepted. */
export const rowCodec = oneOfCodec(rowKeys);

/** "1,0" → [1, 0]; a key that names no row gives the first row. */
export function rowInputs(key: string): readonly [number, number] {
  return inputRows[rowKeys.indexOf(key)] ?? inputRows[0] ?? [0, 0];
}

/** How many rows have the wanted output (both lists in the rows' order). */
export function countMatches(outputs: readonly number[], wanted: readonly number[]): number {
  return outputs.filter((y, i) => y === wanted[i]).length;
}
