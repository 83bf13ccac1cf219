import './mnist.css';
import { useId, useState, type ChangeEvent } from 'react';
import { useT } from '../../../state/lang';
import { decodeModel, encodeModel } from '../../../worker/modelFile';
import { setSessionModel, useSessionModel } from './sessionModel';

/** Download the session's model as a file, or load one back (validated; a bad file is refused with the reason). */
export function ModelFileControls() {
  const t = useT();
  const session = useSessionModel();
  const inputId = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function download() {
    if (!session) return;
    const bytes = encodeModel(session.model);
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `mnist-${session.model.sizes.join('-')}.nnmodel`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function upload(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const model = decodeModel(new Uint8Array(await file.arrayBuffer()));
      setSessionModel({ model, source: 'uploaded' });
      setMessage({
        ok: true,
        text: t({ ko: `불러옴: ${model.sizes.join('-')}`, en: `Loaded ${model.sizes.join('-')}` }),
      });
    } catch (err) {
      setMessage({
        ok: false,
        text: `⚠ ${t({ ko: '불러오지 못했습니다', en: 'Could not load it' })}: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }

  return (
    <div className="model-file" role="group" aria-label={t({ ko: '모델 파일', en: 'Model file' })}>
      <button type="button" className="chip" onClick={download} disabled={!session}>
        ⤓ {t({ ko: '모델 내려받기', en: 'Download model' })}
      </button>
      <label className="chip" htmlFor={inputId}>
        ⤒ {t({ ko: '모델 파일 불러오기', en: 'Load model file' })}
        <input
          id={inputId}
          type="file"
          className="mnist-visually-hidden"
          accept=".nnmodel,application/octet-stream"
          onChange={upload}
        />
      </label>
      {message && (
        <p role="status" className={message.ok ? 'verdict verdict-ok' : 'verdict verdict-bad'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
