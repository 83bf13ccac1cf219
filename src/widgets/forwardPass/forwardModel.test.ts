import { describe, expect, it } from 'vitest';
import { bookParams, entryName, forward } from './forwardModel';

describe('forward', () => {
  const s = forward(bookParams);
  it("reproduces the notes' A1, Z1, A2, Z2 and A3", () => {
    [0.3, 0.7, 1.1].forEach((v, i) => expect(s.A1[i]).toBeCloseTo(v, 12));
    [0.57444252, 0.66818777, 0.75026011].forEach((v, i) => expect(s.Z1[i]).toBeCloseTo(v, 8));
    [0.51615984, 1.21402696].forEach((v, i) => expect(s.A2[i]).toBeCloseTo(v, 8));
    [0.62624937, 0.7710107].forEach((v, i) => expect(s.Z2[i]).toBeCloseTo(v, 8));
    [0.31682708, 0.69627909].forEach((v, i) => expect(s.A3[i]).toBeCloseTo(v, 8));
  });
  it('gives softmax(A3) = [0.40626, 0.59374], not A3 as the notes print', () => {
    expect(s.Y[0]).toBeCloseTo(0.4062590715541802, 12);
    expect(s.Y[1]).toBeCloseTo(0.5937409284458198, 12);
  });
});

describe('entryName', () => {
  it('names matrix entries by row then column, vectors by position', () => {
    expect(entryName('W1', 1)).toBe('W1_12');
    expect(entryName('W1', 3)).toBe('W1_21');
    expect(entryName('W2', 5)).toBe('W2_32');
    expect(entryName('B1', 2)).toBe('B1_3');
    expect(entryName('X', 1)).toBe('X_2');
  });
});
