/** A matrix cell's name, "<matrix>:<row>,<col>" (0-based): how a MatrixGrid is told which cells to highlight. */
export type CellKey = `${string}:${number},${number}`;

export const cellKey = (name: string, r: number, c: number): CellKey => `${name}:${r},${c}`;
