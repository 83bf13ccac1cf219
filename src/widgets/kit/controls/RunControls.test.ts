// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { langStore } from '../../../state/lang';
import type { RunStatus } from '../run/useRun';
import { RunControls, type RunHandle, type RunControlsProps } from './RunControls';

function handle(status: RunStatus, playing = false): RunHandle {
  return {
    status,
    playing,
    running: status === 'running',
    step: vi.fn(),
    run: vi.fn(),
    toggle: vi.fn(),
    play: vi.fn(),
    pause: vi.fn(),
    reset: vi.fn(),
  };
}
const show = (props: RunControlsProps) => render(createElement(RunControls, props));
afterEach(() => {
  cleanup();
  langStore.setState({ lang: 'en' });
});

describe('RunControls', () => {
  it('names every button with the one vocabulary, without the icons', () => {
    show({ run: handle('idle'), label: 'Race controls', buttons: ['step', 'steps', 'play', 'reset'], many: { n: 10 } });
    const names = screen.getAllByRole('button').map((b) => b.textContent?.trim());
    expect(names).toEqual(['Step', '10 steps', 'Play', 'Reset']);
    expect(screen.getByRole('group', { name: 'Race controls' })).toBeTruthy();
    for (const icon of document.querySelectorAll('svg')) expect(icon.getAttribute('aria-hidden')).toBe('true');
  });

  it('says the same in Korean', () => {
    langStore.setState({ lang: 'ko' });
    show({ run: handle('running', true), label: '학습 조작', buttons: ['step', 'play', 'reset'] });
    expect(screen.getAllByRole('button').map((b) => b.textContent?.trim())).toEqual([
      '한 단계',
      '일시 정지',
      '처음으로',
    ]);
  });

  it('keeps the data attribute tests find buttons by, and presses Play while playing', () => {
    const run = handle('running', true);
    show({ run, label: 'c', buttons: ['step', 'steps', 'play'], many: { n: 10, paced: true, action: 'epoch' } });
    const play = document.querySelector('[data-action="play"]');
    expect(play?.getAttribute('aria-pressed')).toBe('true');
    expect(play?.textContent?.trim()).toBe('Pause');
    expect(document.querySelector('[data-action="step"]')?.hasAttribute('disabled')).toBe(true);
    expect(document.querySelector('[data-action="epoch"]')?.hasAttribute('disabled')).toBe(true);
    fireEvent.click(play as Element);
    expect(run.pause).toHaveBeenCalled();
  });

  it('disables step and play once the run is done or diverged, but never reset', () => {
    for (const status of ['done', 'diverged'] as const) {
      show({ run: handle(status), label: status });
      const group = screen.getByRole('group', { name: status });
      expect(group.querySelector('[data-action="step"]')?.hasAttribute('disabled')).toBe(true);
      expect(group.querySelector('[data-action="play"]')?.hasAttribute('disabled')).toBe(true);
      expect(group.querySelector('[data-action="reset"]')?.hasAttribute('disabled')).toBe(false);
    }
  });

  it('runs the several-steps button at once or at the run pace', () => {
    const run = handle('idle');
    show({ run, label: 'c', buttons: ['steps'], many: { n: 10 } });
    fireEvent.click(document.querySelector('[data-action="step10"]') as Element);
    expect(run.step).toHaveBeenCalledWith(10);
    cleanup();
    show({ run, label: 'c', buttons: ['steps'], many: { n: 10, paced: true, action: 'epoch' } });
    fireEvent.click(document.querySelector('[data-action="epoch"]') as Element);
    expect(run.run).toHaveBeenCalledWith(10);
  });

  it('swaps Play for a Pause button of its own when asked, with data-control', () => {
    const run = handle('running', true);
    const onBack = vi.fn();
    show({
      run,
      label: 'c',
      buttons: ['reset', 'back', 'play', 'step'],
      attr: 'data-control',
      playStyle: 'swap',
      onBack,
    });
    expect(document.querySelector('[data-control="pause"]')?.textContent?.trim()).toBe('Pause');
    expect(document.querySelector('[data-control="play"]')).toBeNull();
    expect(document.querySelector('[data-control="pause"]')?.hasAttribute('aria-pressed')).toBe(false);
    fireEvent.click(document.querySelector('[data-control="back"]') as Element);
    expect(onBack).toHaveBeenCalled();
  });

  it('draws text glyphs instead of SVG icons when asked, still hidden from the names', () => {
    show({ run: handle('idle'), label: 'c', buttons: ['reset', 'step'], icons: 'text' });
    expect(document.querySelectorAll('svg')).toHaveLength(0);
    expect(document.querySelector('[data-action="step"] [aria-hidden="true"]')?.textContent).toBe('▶|');
  });
});
