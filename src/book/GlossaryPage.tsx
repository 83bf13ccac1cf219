import { useMemo, useState } from 'react';
import type { Lang } from '../state/lang';
import { glossary } from '../widgets/glossary/glossaryData';
import { ui } from './strings';

/** /<lang>/glossary: every Korean ↔ English term of the book with its definition, sorted and filterable. */
export function GlossaryPage({ lang }: { lang: Lang }) {
  const [filter, setFilter] = useState('');
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  const entries = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return [...glossary]
      .filter((e) => !q || [e.ko, e.en, e.def[lang]].some((s) => s.toLowerCase().includes(q)))
      .sort((a, b) => a[lang].localeCompare(b[lang], lang));
  }, [filter, lang]);

  return (
    <article className="glossary-page" data-page="glossary">
      <h1>{ui.glossary[lang]}</h1>
      <p className="lead">{ui.glossaryLead[lang]}</p>
      <label className="glossary-filter">
        {ui.glossaryFilter[lang]}
        <input type="search" value={filter} onChange={(e) => setFilter(e.currentTarget.value.slice(0, 60))} />
      </label>
      <p role="status" className="glossary-count">
        {entries.length} / {glossary.length}
      </p>
      <dl className="glossary-list">
        {entries.map((e) => (
          <div key={e.id} id={`term-${e.id}`} className="glossary-entry" data-term={e.id}>
            <dt>
              {e[lang]}{' '}
              <span className="glossary-other" lang={other}>
                ({e[other]})
              </span>
            </dt>
            <dd>{e.def[lang]}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
