import { useEffect } from 'react';
import type { Lang } from '../state/lang';
import { nextThemeMode, themeStore, useThemeMode, type ThemeMode } from '../state/theme';
import { fill, ui } from './strings';

const icons: Record<ThemeMode, string> = { system: '◐', light: '☀', dark: '☾', projector: '▣' };
const names = {
  system: ui.themeSystem,
  light: ui.themeLight,
  dark: ui.themeDark,
  projector: ui.themeProjector,
} as const;

/** Mirrors the chosen mode onto <html data-theme>; 'system' leaves it to prefers-color-scheme. */
export function useApplyTheme(): void {
  const mode = useThemeMode();
  useEffect(() => {
    const root = document.documentElement;
    if (mode === 'system') delete root.dataset.theme;
    else root.dataset.theme = mode;
  }, [mode]);
}

/** One button cycling system → light → dark → projector; its label always says the current mode in words. */
export function ThemeToggle({ lang }: { lang: Lang }) {
  const mode = useThemeMode();
  const name = names[mode][lang];
  return (
    <button
      type="button"
      className="header-button"
      data-theme-mode={mode}
      aria-label={fill(ui.themeButton[lang], { mode: name })}
      onClick={() => themeStore.getState().setMode(nextThemeMode(mode))}
    >
      <span aria-hidden="true">{icons[mode]}</span> <span className="header-button-text">{name}</span>
    </button>
  );
}
