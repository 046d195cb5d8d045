import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../../auth/useIdentity';
import type { RecordView } from '../../api/types';
import { Localized } from '../../ui/Localized';
import { command, networkPath, type ConsultationRound, type Feedback, type FrameworkVersion } from '../api';
import { freshKey } from '../keys';
import { Refusal } from '../Refusal';
import { useCommand } from '../useCommand';

const DECISIONS = ['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'] as const;

/**
 * One consultation round: comments per section, the secretariat's disposition of each, and
 * closing, which the page refuses to offer blindly: it lists the comments still without one.
 */
export function RoundView({ network, version, round, names }: {
  network: string; version: FrameworkVersion; round: RecordView<ConsultationRound>; names: (owner: string) => string;
}) {
  const { t, i18n } = useTranslation('cooperation');
  const identity = useIdentity();
  const r = round.record!;
  const id = round.id ?? '';
  const sections = version.sections ?? [];
  const [section, setSection] = useState(sections[0]?.key ?? '');
  const [comment, setComment] = useState('');
  const [decisions, setDecisions] = useState<Record<string, { decision: string; reason: string }>>({});
  const texted = (value: string) => ({ original: i18n.language, texts: { [i18n.language]: value } });
  const run = useCommand(network, ({ path, body }: { path: string; body?: unknown }) => command(networkPath(network, path), body));
  const undisposed = (r.feedback ?? []).filter((f) => !f.disposition);
  const secretariat = identity.kind === 'secretariat';
  const mayComment = !r.closed && (identity.kind === 'member-editor' || identity.kind === 'partner');

  function submitComment(event: FormEvent) {
    event.preventDefault();
    run.run({ path: `consultation-rounds/${id}/feedback`, body: { id: freshKey('comment'), section, comment: texted(comment) } }, { onSuccess: () => setComment('') });
  }

  const feedbackItem = (f: Feedback) => {
    const d = decisions[f.id ?? ''] ?? { decision: 'ACCEPTED', reason: '' };
    return (
      <li key={f.id} data-feedback={f.id} className="card">
        <p><strong>{names(`${String(f.author?.kind).toLowerCase()}:${f.author?.id}`)}</strong> · {f.submitted}</p>
        <Localized value={f.comment} as="p" />
        {f.disposition ? (
          <p className="disposition" data-decision={f.disposition.decision}>
            <span className="badge">{t(`decision.${f.disposition.decision}`)}</span> <Localized value={f.disposition.reason} />
          </p>
        ) : secretariat && !r.closed ? (
          <form className="inline-form" onSubmit={(e) => { e.preventDefault(); run.run({ path: `consultation-rounds/${id}/feedback/${f.id}/disposition`, body: { decision: d.decision, reason: texted(d.reason) } }); }}>
            <label>{t('consultation.decision')}{' '}
              <select value={d.decision} onChange={(e) => setDecisions({ ...decisions, [f.id ?? '']: { ...d, decision: e.target.value } })}>
                {DECISIONS.map((x) => <option key={x} value={x}>{t(`decision.${x}`)}</option>)}
              </select>
            </label>
            <label>{t('consultation.reason')} <input value={d.reason} required onChange={(e) => setDecisions({ ...decisions, [f.id ?? '']: { ...d, reason: e.target.value } })} /></label>
            <button type="submit" disabled={run.busy}>{t('consultation.dispose')}</button>
          </form>
        ) : (
          <p className="muted">{t('consultation.awaiting')}</p>
        )}
      </li>
    );
  };

  return (
    <section className="round" data-round={id} aria-labelledby={`round-${id}`}>
      <h3 id={`round-${id}`}>{t('consultation.round', { opens: r.opens, deadline: r.deadline })} · {r.closed ? t('consultation.closed') : t('consultation.open')}</h3>
      {sections.map((s) => {
        const comments = (r.feedback ?? []).filter((f) => f.section === s.key);
        return (
          <div key={s.key} className="section-comments" data-section={s.key}>
            <h4><Localized value={s.heading} /> <span className="muted">({t('consultation.comments', { n: comments.length })})</span></h4>
            <ul className="plain">{comments.map(feedbackItem)}</ul>
          </div>
        );
      })}
      {(r.feedback ?? []).some((f) => !f.section) && (
        <div className="section-comments"><h4>{t('consultation.general')}</h4><ul className="plain">{(r.feedback ?? []).filter((f) => !f.section).map(feedbackItem)}</ul></div>
      )}
      {mayComment && (
        <form onSubmit={submitComment} className="comment-form">
          <label>{t('consultation.section')}{' '}
            <select value={section} onChange={(e) => setSection(e.target.value)}>
              {sections.map((s) => <option key={s.key} value={s.key}>{s.heading?.texts?.[s.heading.original ?? 'en'] ?? s.key}</option>)}
            </select>
          </label>
          <label>{t('consultation.comment')} <textarea value={comment} onChange={(e) => setComment(e.target.value)} required rows={3} /></label>
          <button type="submit" className="primary" disabled={run.busy}>{t('consultation.send')}</button>
        </form>
      )}
      {secretariat && !r.closed && (
        <div className="close-round">
          {undisposed.length > 0 && (
            <div className="local-mode" role="note" data-testid="undisposed">
              <p>{t('consultation.undisposed', { n: undisposed.length })}</p>
              <ul>{undisposed.map((f) => <li key={f.id}>{names(`${String(f.author?.kind).toLowerCase()}:${f.author?.id}`)}: <Localized value={f.comment} /></li>)}</ul>
            </div>
          )}
          <button type="button" disabled={run.busy} onClick={() => run.run({ path: `consultation-rounds/${id}/close` })}>{t('consultation.close')}</button>
        </div>
      )}
      <Refusal error={run.error} />
    </section>
  );
}
