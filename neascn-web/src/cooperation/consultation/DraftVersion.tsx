import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rawFetch } from '../../api/client';
import { networkPath } from '../api';
import { freshKey } from '../keys';
import { Refusal } from '../Refusal';

/** The secretariat drafts a new version of the framework document, section by section. */
export function DraftVersion({ network, next }: { network: string; next: number }) {
  const { t, i18n } = useTranslation('cooperation');
  const queries = useQueryClient();
  const [title, setTitle] = useState('');
  const [sections, setSections] = useState([{ heading: '', body: '' }]);
  const texted = (value: string) => ({ original: i18n.language, texts: { [i18n.language]: value } });
  const create = useMutation({
    mutationFn: () => rawFetch(networkPath(network, 'framework-versions'), {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        id: freshKey('framework'), network, number: next, title: texted(title), status: 'DRAFT',
        sections: sections.map((s, i) => ({ key: `section-${i + 1}`, heading: texted(s.heading), body: texted(s.body) })),
      }),
    }),
    onSuccess: () => { setTitle(''); setSections([{ heading: '', body: '' }]); void queries.invalidateQueries({ queryKey: [network] }); },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <details className="card">
      <summary>{t('draft.title', { number: next })}</summary>
      <form onSubmit={submit}>
        <label>{t('draft.documentTitle')} <input value={title} onChange={(e) => setTitle(e.target.value)} required /></label>
        {sections.map((s, i) => (
          <fieldset key={i}>
            <legend>{t('draft.section', { number: i + 1 })}</legend>
            <label>{t('draft.heading')} <input value={s.heading} required onChange={(e) => setSections(sections.map((x, j) => (j === i ? { ...x, heading: e.target.value } : x)))} /></label>
            <label>{t('draft.body')} <textarea value={s.body} required rows={3} onChange={(e) => setSections(sections.map((x, j) => (j === i ? { ...x, body: e.target.value } : x)))} /></label>
          </fieldset>
        ))}
        <button type="button" onClick={() => setSections([...sections, { heading: '', body: '' }])}>{t('draft.addSection')}</button>{' '}
        <button type="submit" className="primary" disabled={create.isPending}>{t('draft.save')}</button>
        <Refusal error={create.error} />
      </form>
    </details>
  );
}
