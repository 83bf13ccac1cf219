import { describe, expect, it } from 'vitest';
import { slideCommand } from './slideSections';

describe('slideCommand', () => {
  it('moves forward with →, PageDown and Space, never past the last slide', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(slideCommand(key, 2, 5)).toEqual({ go: 3 });
    expect(slideCommand('ArrowRight', 5, 5)).toEqual({ go: 5 });
  });

  it('moves back with ← and PageUp, never before the first slide', () => {
    expect(slideCommand('ArrowLeft', 2, 5)).toEqual({ go: 1 });
    expect(slideCommand('PageUp', 1, 5)).toEqual({ go: 1 });
  });

  it('jumps with Home and End, toggles fullscreen with F, exits with Escape, ignores other keys', () => {
    expect(slideCommand('Home', 4, 5)).toEqual({ go: 1 });
    expect(slideCommand('End', 1, 5)).toEqual({ go: 5 });
    expect(slideCommand('f', 1, 5)).toBe('fullscreen');
    expect(slideCommand('Escape', 1, 5)).toBe('exit');
    expect(slideCommand('x', 1, 5)).toBeUndefined();
  });
});
