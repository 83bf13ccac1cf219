import type { ReactNode } from 'react';
import type { Bilingual } from '../../../state/lang';
import { useT } from '../../../state/lang';
import type { Run } from '../run/useRun';
import { Icon, type IconName } from './Icon';
import { runWords, stepsWord } from './words';
import './controls.css';

export type RunButton = 'reset' | 'back' | 'step' | 'steps' | 'play';

const glyphs: Record<IconName & ('reset' | 'back' | 'step' | 'play' | 'pause'), string> = {
  reset: '|◀',
  back: '◀',
  step: '▶|',
  play: '▶',
  pause: '‖',
};

/** The part of a run the buttons need (any `Run<S>` fits). */
export type RunHandle = Pick<
  Run<unknown>,
  'status' | 'playing' | 'running' | 'step' | 'run' | 'toggle' | 'play' | 'pause' | 'reset'
>;

export interface RunControlsProps {
  run: RunHandle;
  /** The group's accessible name, e.g. "Race controls". */
  label: string;
  /** Which buttons, in this order. */
  buttons?: readonly RunButton[];
  /** The several-steps button: how many, whether they animate at the run's pace, and a note after the words. */
  many?: { n: number; paced?: boolean; note?: Bilingual; action?: string };
  /** The attribute tests and links find the buttons by; its value is the button's role (step, play …). */
  attr?: 'data-action' | 'data-control';
  /** 'toggle': one Play/Pause button with aria-pressed; 'swap': a Play button and a Pause button in its place. */
  playStyle?: 'toggle' | 'swap';
  /** Back one step (only where a widget can go back). */
  onBack?: () => void;
  /** Replaces `run.play` (e.g. to start again from the beginning once the end is reached). */
  onPlay?: () => void;
  /** Buttons to disable beyond what the run's status says. */
  disabled?: Partial<Record<RunButton, boolean>>;
  /** 'svg' icons, or 'text' glyphs where a widget's own SVG must stay the only one in it (the graph). */
  icons?: 'svg' | 'text';
  className?: string;
  buttonClassName?: string;
  /** Shown after the buttons, inside the group (e.g. a step counter). */
  children?: ReactNode;
}

/** Step / N steps / play / pause / reset with the book's one vocabulary; icons are hidden, the words name the buttons. */
export function RunControls(props: RunControlsProps) {
  const t = useT();
  const { run, label, buttons = ['step', 'play', 'reset'], many, attr = 'data-action', playStyle = 'toggle' } = props;
  const {
    onBack,
    onPlay,
    disabled = {},
    className = 'widget-toolbar',
    buttonClassName = 'chip run-button',
    children,
  } = props;
  const mark = (icon: keyof typeof glyphs) =>
    props.icons === 'text' ? <span aria-hidden="true">{glyphs[icon]}</span> : <Icon name={icon} />;
  const ready = run.status === 'idle';
  const button = (
    key: string,
    role: string,
    icon: keyof typeof glyphs,
    words: ReactNode,
    onClick: () => void,
    off: boolean,
    pressed?: boolean,
  ) => (
    <button
      key={key}
      type="button"
      className={buttonClassName}
      {...{ [attr]: role }}
      aria-pressed={pressed}
      disabled={off}
      onClick={onClick}
    >
      {mark(icon)} {words}
    </button>
  );
  const play = onPlay ?? (() => run.play());
  const render = (b: RunButton): ReactNode => {
    switch (b) {
      case 'reset':
        return button(b, 'reset', 'reset', t(runWords.reset), run.reset, disabled.reset === true);
      case 'back':
        return button(b, 'back', 'back', t(runWords.back), () => onBack?.(), disabled.back === true || !onBack);
      case 'step':
        return button(b, 'step', 'step', t(runWords.step), () => run.step(1), !ready || disabled.step === true);
      case 'steps': {
        if (!many) return null;
        const words = (
          <>
            {t(stepsWord(many.n))}
            {many.note ? ` ${t(many.note)}` : ''}
          </>
        );
        const onClick = () => (many.paced ? run.run(many.n) : run.step(many.n));
        return button(b, many.action ?? `step${many.n}`, 'step', words, onClick, !ready || disabled.steps === true);
      }
      case 'play': {
        // A run of n steps under way is not a play: its Pause would be a lie, so Play waits for it.
        const waiting = run.running && !run.playing;
        const off = waiting || (!onPlay && !ready && !run.playing) || disabled.play === true;
        if (playStyle === 'swap') {
          return run.playing
            ? button(b, 'pause', 'pause', t(runWords.pause), run.pause, false)
            : button(b, 'play', 'play', t(runWords.play), play, off);
        }
        return run.playing
          ? button(b, 'play', 'pause', t(runWords.pause), run.pause, false, true)
          : button(b, 'play', 'play', t(runWords.play), play, off, false);
      }
    }
  };
  return (
    <div className={className} role="group" aria-label={label}>
      {buttons.map(render)}
      {children}
    </div>
  );
}
