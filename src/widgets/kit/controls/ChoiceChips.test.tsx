// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceChips } from './ChoiceChips';

const gates = ['AND', 'OR', 'XOR'] as const;

function Harness({ kind, onPick }: { kind?: 'buttons' | 'radios'; onPick?: (g: string) => void }) {
  const [gate, setGate] = useState<(typeof gates)[number]>('AND');
  return (
    <ChoiceChips
      kind={kind}
      label="Target gate"
      chipAttr="data-preset"
      options={gates}
      value={gate}
      labels={{ XOR: 'Try XOR' }}
      onChange={(g) => {
        setGate(g);
        onPick?.(g);
      }}
    />
  );
}

afterEach(cleanup);

describe('ChoiceChips', () => {
  it('is a named group of toggle buttons, the chosen one pressed, each carrying its option in chipAttr', () => {
    render(<Harness />);
    const group = screen.getByRole('group', { name: 'Target gate' });
    const chips = [...group.querySelectorAll('button')];
    expect(chips.map((c) => c.getAttribute('data-preset'))).toEqual(['AND', 'OR', 'XOR']);
    expect(chips.map((c) => c.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false']);
    expect(screen.getByRole('button', { name: 'Try XOR' }).getAttribute('data-preset')).toBe('XOR');
  });

  it('calls onChange with the option clicked and moves aria-pressed to it', async () => {
    const onPick = vi.fn();
    render(<Harness onPick={onPick} />);
    await userEvent.click(screen.getByRole('button', { name: 'OR' }));
    expect(onPick).toHaveBeenCalledWith('OR');
    expect(screen.getByRole('button', { name: 'OR' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'AND' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('is reachable by keyboard: Tab to a chip, Enter or Space chooses it', async () => {
    const onPick = vi.fn();
    render(<Harness onPick={onPick} />);
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('data-preset')).toBe('OR');
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(onPick.mock.calls).toEqual([['OR'], ['XOR']]);
  });

  it('as radios, puts chipAttr on each radio input and checks the chosen one', async () => {
    render(<Harness kind="radios" />);
    expect(screen.getByRole('radiogroup', { name: 'Target gate' })).toBeTruthy();
    const and = screen.getByRole('radio', { name: 'AND' });
    expect(and.getAttribute('data-preset')).toBe('AND');
    expect(and).toHaveProperty('checked', true);
    await userEvent.click(screen.getByRole('radio', { name: 'Try XOR' }));
    expect(screen.getByRole('radio', { name: 'Try XOR' })).toHaveProperty('checked', true);
    expect(and).toHaveProperty('checked', false);
  });
});
