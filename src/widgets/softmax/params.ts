import { param } from '../kit/params/param';

/**
 * The scores a1…an (2 to 6 of them). They accept large values, typed exactly (the overflow example needs
 * 1010); the slider track covers the everyday scores, and larger ones are typed or come from a preset.
 */
export const softmaxParams = {
  a: param.list({
    min: -2000,
    max: 2000,
    track: { min: -20, max: 20 },
    step: 0.5,
    fine: 0.1,
    book: [0.3, 2.9, 4.0],
    minLength: 2,
    maxLength: 6,
    itemName: (i) => `a${i + 1}`,
    itemLabel: (i) => ({ tex: `a_${i + 1}` }),
  }),
};
