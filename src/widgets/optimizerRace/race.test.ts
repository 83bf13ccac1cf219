import { describe, expect, it } from 'vitest';
import { bookLearningRates, bowl, bowlGradient, MAX_STEPS, Race, racerPosition, REACHED_DISTANCE } from './race';

function run(race: Race, steps: number): Race {
  for (let i = 0; i < steps; i++) race.step();
  return race;
}

describe('the bowl f(x, y) = x²/20 + y²', () => {
  it('has its minimum 0 at the origin and gradient (x/10, 2y)', () => {
    expect(bowl(0, 0)).toBe(0);
    expect(bowl(-7, 2)).toBeCloseTo(49 / 20 + 4, 12);
    expect(bowlGradient(-7, 2)).toEqual([-0.7, 4]);
  });
});

describe('Race', () => {
  it('starts every racer at (−7, 2)', () => {
    for (const r of new Race(bookLearningRates).racers) expect(racerPosition(r)).toMatchObject({ x: -7, y: 2 });
  });

  it('moves SGD by −lr·∇f on its first step', () => {
    const race = run(new Race(bookLearningRates), 1);
    const sgd = racerPosition(race.racers[0]!);
    expect(sgd.x).toBeCloseTo(-7 + 0.95 * 0.7, 12);
    expect(sgd.y).toBeCloseTo(2 - 0.95 * 4, 12);
  });

  it("brings all four optimizers to the minimum with the book's learning rates", () => {
    const race = run(new Race(bookLearningRates), MAX_STEPS);
    for (const r of race.racers) {
      expect(r.reachedAt).not.toBeNull();
      expect(Math.hypot(racerPosition(r).x, racerPosition(r).y)).toBeLessThan(REACHED_DISTANCE);
    }
    expect(race.racers.map((r) => r.reachedAt)).toEqual([66, 122, 50, 116]);
  });

  it('stops a racer that diverges instead of keeping NaN or Infinity', () => {
    const race = run(new Race({ ...bookLearningRates, sgd: 5 }), 60);
    const sgd = race.racers[0]!;
    expect(sgd.diverged).toBe(true);
    expect(sgd.path.flat().every(Number.isFinite)).toBe(true);
    expect(race.racers[3]!.diverged).toBe(false);
  });

  it('stops after MAX_STEPS', () => {
    const race = run(new Race(bookLearningRates), MAX_STEPS + 20);
    expect(race.steps).toBe(MAX_STEPS);
    expect(race.finished).toBe(true);
  });
});
