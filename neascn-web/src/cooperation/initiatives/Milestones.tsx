import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Localized } from '../../ui/Localized';
import { command, networkPath, type Milestone } from '../api';
import { Refusal } from '../Refusal';
import { useCommand } from '../useCommand';

/** Milestones on a timeline, in the order they fall due; planning one, and recording how one turned out. */
export function Milestones({ network, id, milestones, canPlan }: { network: string; id: string; milestones: Milestone[]; canPlan: boolean }) {
  const { t, i18n } = useTranslation('cooperation');
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const plan = useCommand(network, (m: { title: string; due: string }) =>
    command(networkPath(network, `initiatives/${id}/milestones`), {
      title: { original: i18n.language, texts: { [i18n.language]: m.title } }, due: m.due, status: 'PLANNED',
    }));
  const settle = useCommand(network, (s: { index: number; outcome: string }) =>
    command(networkPath(network, `initiatives/${id}/milestones/${s.index}/settle`), { outcome: s.outcome }));
  const ordered = milestones.map((m, index) => ({ m, index })).sort((a, b) => (a.m.due ?? '').localeCompare(b.m.due ?? ''));
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  function submit(event: FormEvent) {
    event.preventDefault();
    plan.run({ title, due }, { onSuccess: () => { setTitle(''); setDue(''); } });
  }

  return (
    <>
      {ordered.length === 0 ? <p className="muted">{t('milestones.none')}</p> : (
        <ol className="timeline milestones">
          {ordered.map(({ m, index }) => (
            <li key={index} className={`timeline-entry milestone-${String(m.status).toLowerCase()}`}>
              <time dateTime={m.due}>{m.due ? date.format(new Date(`${m.due}T00:00:00`)) : ''}</time>{' '}
              <Localized value={m.title} />{' '}
              <span className="badge">{t(`milestones.${m.status}`)}</span>
              {canPlan && m.status === 'PLANNED' && (
                <span className="actions">
                  {(['REACHED', 'MISSED', 'DROPPED'] as const).map((outcome) => (
                    <button key={outcome} type="button" disabled={settle.busy} onClick={() => settle.run({ index, outcome })}>
                      {t(`milestones.mark.${outcome}`)}
                    </button>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <Refusal error={settle.error} />
      {canPlan && (
        <form onSubmit={submit} className="inline-form">
          <label>{t('milestones.title')} <input value={title} onChange={(e) => setTitle(e.target.value)} required /></label>
          <label>{t('milestones.due')} <input type="date" value={due} onChange={(e) => setDue(e.target.value)} required /></label>
          <button type="submit" disabled={plan.busy}>{t('milestones.plan')}</button>
          <Refusal error={plan.error} />
        </form>
      )}
    </>
  );
}
