import { useState } from 'react';
import { useT } from '../../../state/lang';
import { resetWidgetState, shareUrl } from '../../../state/widgetState';
import { Icon } from '../controls/Icon';

/** "Copy link" (this page with every widget's state, opening at this figure) and "Reset to the book's values". */
export function FigureActions({ scope, anchor, onReset }: { scope: string; anchor: string; onReset: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = useState('');

  async function copy() {
    const link = shareUrl(anchor);
    setUrl(link);
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('manual');
    }
  }

  return (
    <div className="figure-actions" data-scope={scope}>
      <button type="button" className="figure-action" data-action="copy-link" onClick={() => void copy()}>
        <Icon name="link" /> {t({ ko: '링크 복사', en: 'Copy link' })}
      </button>
      <button
        type="button"
        className="figure-action"
        data-action="reset-widget"
        onClick={() => {
          resetWidgetState(scope);
          setCopied('idle');
          onReset();
        }}
      >
        <span aria-hidden="true">↺</span> {t({ ko: '책의 값으로 되돌리기', en: "Reset to the book's values" })}
      </button>
      <span className="figure-action-status" role="status" data-copied={copied}>
        {copied === 'copied' && t({ ko: '✓ 링크를 복사했습니다.', en: '✓ Link copied.' })}
      </span>
      {copied === 'manual' && (
        <input
          className="figure-action-url"
          readOnly
          value={url}
          aria-label={t({ ko: '이 링크를 복사하세요', en: 'Copy this link' })}
          onFocus={(e) => e.currentTarget.select()}
          ref={(el) => el?.select()}
        />
      )}
    </div>
  );
}
