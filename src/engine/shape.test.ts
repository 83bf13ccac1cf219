import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, broadcastShapes, createRng, mul, randn, reshape, sizeOf, sum, transpose, type Shape } from './index';

/** A shape of rank 0..4 with sizes 1..4. */
const shapeArb = fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 4 });

/** Two shapes that broadcast: b is a suffix of a (some sizes replaced by 1), possibly swapped. */
const compatiblePair = fc
  .tuple(shapeArb, fc.nat(4), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), fc.boolean())
  .map(([a, drop, ones, swap]) => {
    const b = a.slice(Math.min(drop, a.length)).map((d, i) => (ones[i] ? 1 : d));
    return swap ? ([b, a] as const) : ([a, b] as const);
  });

describe('broadcasting and shape rules (property tests)', () => {
  it('broadcastShapes is symmetric and gives the larger size on each right-aligned axis', () => {
    fc.assert(
      fc.property(compatiblePair, ([a, b]) => {
        const out = broadcastShapes(a, b, 'add');
        expect(broadcastShapes(b, a, 'add')).toEqual(out);
        expect(out.length).toBe(Math.max(a.length, b.length));
        out.forEach((d, i) => {
          const da = a[a.length - out.length + i] ?? 1;
          const db = b[b.length - out.length + i] ?? 1;
          expect(d).toBe(Math.max(da, db));
        });
      }),
    );
  });

  it('sizes that differ and are not 1 never broadcast, and the error names both shapes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), (x, y) => {
        fc.pre(x !== y);
        expect(() => broadcastShapes([x], [2, y], 'mul')).toThrow(
          `mul: shapes [${x}] and [2,${y}] cannot be broadcast together`,
        );
      }),
    );
  });

  it('a broadcast add equals adding each element to its right-aligned partner', () => {
    const rng = createRng(5);
    fc.assert(
      fc.property(compatiblePair, ([sa, sb]) => {
        const a = randn(sa, rng, { dtype: 'float64' });
        const b = randn(sb, rng, { dtype: 'float64' });
        const out = add(a, b);
        const shape = out.shape;
        const offset = (s: Shape, idx: number[]) =>
          idx.slice(idx.length - s.length).reduce((o, v, i) => o * (s[i] ?? 1) + ((s[i] ?? 1) === 1 ? 0 : v), 0);
        for (let flat = 0; flat < out.size; flat++) {
          const idx: number[] = [];
          let rest = flat;
          for (let d = shape.length - 1; d >= 0; d--) {
            idx.unshift(rest % (shape[d] ?? 1));
            rest = Math.floor(rest / (shape[d] ?? 1));
          }
          expect(out.data[flat]).toBe((a.data[offset(sa, idx)] ?? 0) + (b.data[offset(sb, idx)] ?? 0));
        }
      }),
    );
  });

  it('the gradient of Σ(a ⊙ b) with respect to a broadcast input has its shape and sums the stretched copies', () => {
    const rng = createRng(6);
    fc.assert(
      fc.property(compatiblePair, ([sa, sb]) => {
        const a = randn(sa, rng, { dtype: 'float64', requiresGrad: true });
        const b = randn(sb, rng, { dtype: 'float64', requiresGrad: true });
        const out = mul(a, b);
        sum(out).backward();
        expect(b.grad?.shape).toEqual(sb);
        const copies = out.size / b.size;
        // Σ over all of ∂/∂b = Σ over the output of a, i.e. every element of a once per copy of b
        const total = Array.from(b.grad?.data ?? []).reduce((s, v) => s + v, 0);
        const expected = (Array.from(a.data).reduce((s, v) => s + v, 0) * out.size) / a.size;
        expect(total).toBeCloseTo(expected, 9);
        expect(copies).toBe(Math.round(copies));
      }),
    );
  });

  it('reshape keeps the elements in order and transposing twice gives the tensor back', () => {
    const rng = createRng(7);
    fc.assert(
      fc.property(shapeArb, (s) => {
        const x = randn(s, rng, { dtype: 'float64' });
        expect(Array.from(reshape(x, [sizeOf(s)]).data)).toEqual(Array.from(x.data));
        const back = transpose(transpose(x));
        expect(back.shape).toEqual(x.shape);
        expect(Array.from(back.data)).toEqual(Array.from(x.data));
      }),
    );
  });

  it('summing over every axis one at a time equals summing everything', () => {
    const rng = createRng(8);
    fc.assert(
      fc.property(shapeArb, (s) => {
        const x = randn(s, rng, { dtype: 'float64' });
        let y = x;
        for (let i = 0; i < s.length; i++) y = sum(y, 0);
        expect(y.item()).toBeCloseTo(sum(x).item(), 10);
      }),
    );
  });
});
