import { describe, expect, it } from 'vitest';
import { isLang, preferredLang } from './lang';
import { nextThemeMode } from './theme';

describe('preferredLang', () => {
  it('picks Korean when the browser lists Korean before English', () => {
    expect(preferredLang(['ko-KR', 'en-US'])).toBe('ko');
    expect(preferredLang(['ko'])).toBe('ko');
  });

  it('picks English otherwise, including for other languages and an empty list', () => {
    expect(preferredLang(['en-GB', 'ko'])).toBe('en');
    expect(preferredLang(['de-DE', 'fr'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });

  it('accepts only ko and en as languages', () => {
    expect(isLang('ko')).toBe(true);
    expect(isLang('KO')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});

describe('nextThemeMode', () => {
  it('cycles system → light → dark → projector → system', () => {
    expect(nextThemeMode('system')).toBe('light');
    expect(nextThemeMode('light')).toBe('dark');
    expect(nextThemeMode('dark')).toBe('projector');
    expect(nextThemeMode('projector')).toBe('system');
  });
});
