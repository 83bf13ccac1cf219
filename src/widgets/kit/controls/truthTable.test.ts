import { describe, expect, it } from 'vitest';
import { gateOf, gateOutputs, rowsMatching } from '../logic/gates';
import { countMatches, inputRows, rowCodec, rowInputs, rowKey, rowKeys } from './truthTable';

describe('truthTable', () => {
  it('lists the four inputs in the book order (0,0), (1,0), (0,1), (1,1)', () => {
    expect(rowKeys).toEqual(['0,0', '1,0', '0,1', '1,1']);
    expect(inputRows.map(([a, b]) => rowKey(a, b))).toEqual(rowKeys);
  });

  it('reads a key back into its inputs, and an unknown key as the first row', () => {
    expect(rowInputs('1,0')).toEqual([1, 0]);
    expect(rowInputs('2,2')).toEqual([0, 0]);
  });

  it('accepts only the four keys from a URL', () => {
    expect(rowCodec.parse('0,1')).toBe('0,1');
    expect(rowCodec.parse('0,2')).toBeUndefined();
  });

  it('counts the rows whose output is the wanted one', () => {
    expect(countMatches([0, 1, 1, 1], [0, 0, 0, 1])).toBe(2);
    expect(countMatches([1, 1, 1, 0], [1, 1, 1, 0])).toBe(4);
  });

  it('names the gate whose table the outputs are, and none when no gate fits', () => {
    expect(gateOf([0, 0, 0, 1])).toBe('AND');
    expect(gateOf([1, 1, 1, 0])).toBe('NAND');
    expect(gateOf([0, 0, 0, 0])).toBeUndefined();
    expect(rowsMatching(gateOutputs.OR, 'XOR')).toBe(3);
  });
});
