// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChipButton } from './ChipButton';
import { ChipCheckbox } from './ChipCheckbox';

afterEach(cleanup);

describe('ChipButton', () => {
  it('is a chip-styled button (never a form submit) that runs its action and keeps its data attributes', async () => {
    const onClick = vi.fn();
    render(
      <ChipButton data-action="reset" onClick={onClick}>
        Book's example
      </ChipButton>,
    );
    const button = screen.getByRole('button', { name: "Book's example" });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.className).toBe('chip');
    expect(button.getAttribute('data-action')).toBe('reset');
    expect(button.hasAttribute('aria-pressed')).toBe(false);
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('announces an on/off action as pressed, and does nothing when disabled', async () => {
    const onClick = vi.fn();
    render(
      <ChipButton pressed disabled className="extra" onClick={onClick}>
        Reveal
      </ChipButton>,
    );
    const button = screen.getByRole('button', { name: 'Reveal' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.className).toBe('chip extra');
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('ChipCheckbox', () => {
  it('is a labelled checkbox that reports its new state', async () => {
    const onChange = vi.fn();
    render(
      <ChipCheckbox checked={false} onChange={onChange} inputAttrs={{ 'data-var': 'bug' }}>
        Plant a bug
      </ChipCheckbox>,
    );
    const box = screen.getByRole('checkbox', { name: 'Plant a bug' });
    expect(box.getAttribute('data-var')).toBe('bug');
    await userEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
