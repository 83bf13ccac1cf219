import { describe, expect, it } from 'vitest';
import { examples } from '../kit/graph/examples';
import { graphModel } from '../kit/graph/graphModel';
import { hintFor, isRight, readAnswers, writeAnswers } from './answers';

const names = ['tax', 'apple', 'orange_num'];

describe('answers', () => {
  it('round-trip through the URL text and drop junk', () => {
    expect(readAnswers(writeAnswers({ tax: 650, apple: 2.2 }, names), names)).toEqual({ tax: 650, apple: 2.2 });
    expect(readAnswers('tax:abc,bogus:1,apple:1e99,orange_num:165', names)).toEqual({ apple: 1e6, orange_num: 165 });
  });

  it("accept the book's rounded answers and reject wrong ones", () => {
    expect(isRight(3.3, 3.3000000000000003)).toBe(true);
    expect(isRight(110, 110.00000000000001)).toBe(true);
    expect(isRight(3, 3.3000000000000003)).toBe(false);
    expect(isRight(-650, 650)).toBe(false);
    expect(isRight(651, 650)).toBe(false);
  });

  it('hints with the local rule of the node each value feeds', () => {
    const m = graphModel(
      examples['apple-orange'].build({ apple: 100, apple_num: 2, orange: 150, orange_num: 3, tax: 1.1 }, false),
    );
    expect(hintFor(m, 'apple').en).toBe(
      "apple feeds the mul node apple_price: multiply apple_price's gradient by the other input, apple_num.",
    );
    expect(hintFor(m, 'orange_price').en).toMatch(/add node all_price/);
  });
});
