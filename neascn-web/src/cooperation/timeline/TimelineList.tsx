import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TimelineView } from '../api';
import { Empty } from '../../ui/Empty';

/**
 * A story from the audit trail, oldest first: plan → initiative → meeting → action item, each
 * entry with when, who, what, and a link to the record it concerns.
 */
export function TimelineList({ network, timeline }: { network: string; timeline: TimelineView | undefined }) {
  const { t, i18n } = useTranslation('cooperation');
  const entries = timeline?.entries ?? [];
  if (entries.length === 0) return <Empty title={t('timeline.empty')}>{t('timeline.emptyDetail')}</Empty>;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return (
    <ol className="timeline">
      {entries.map((entry, i) => (
        <li key={i} className={`timeline-entry timeline-${String(entry.recordType ?? '').toLowerCase()}`}>
          <time dateTime={entry.at}>{entry.at ? `${when.format(new Date(entry.at))} UTC` : ''}</time>{' '}
          <span className="badge">{t(`recordType.${entry.recordType}`, { defaultValue: entry.recordType })}</span>{' '}
          <RecordLink network={network} type={entry.recordType} id={entry.recordId} />
          <div>{entry.summary}</div>
          <div className="muted">
            {t('timeline.by', { who: entry.actor?.principal ?? '' })}
            {entry.fromState && entry.toState && entry.fromState !== entry.toState ? ` · ${entry.fromState} → ${entry.toState}` : ''}
          </div>
        </li>
      ))}
    </ol>
  );
}

function RecordLink({ network, type, id }: { network: string; type?: string; id?: string }) {
  if (!id) return null;
  const base = `/networks/${network}`;
  switch (type) {
    case 'SCAP':
      return <Link to={`${base}/plans/${id}/monitoring`}>{id}</Link>;
    case 'INITIATIVE':
      return <Link to={`${base}/initiatives/${id}`}>{id}</Link>;
    case 'MEETING':
      return <Link to={`${base}/meetings/${id}`}>{id}</Link>;
    case 'ACTION_ITEM':
      return <Link to={`${base}/meetings/${id.split('/')[0]}`}>{id}</Link>;
    default:
      return <code>{id}</code>;
  }
}
