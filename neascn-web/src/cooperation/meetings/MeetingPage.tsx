import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import { networkPath, useNames, useRecord, type AgendaItem, type Meeting } from '../api';
import { Minutes } from './Minutes';
import { meetingTime, zoneOf } from './when';

/** A meeting: its agenda with sessions, speakers and guiding questions, its live minutes, and its calendar file. */
export default function MeetingPage() {
  const { t, i18n } = useTranslation('cooperation');
  const { network = '', id = '' } = useParams();
  const meeting = useRecord<Meeting>(network, 'meetings', id);
  const persons = useNames(network, 'persons');
  useTitle(meeting.data?.displayName ?? t('meetings.title'));
  if (meeting.isPending) return <Waiting />;
  if (meeting.isError) return <ProblemView error={meeting.error} />;
  const record = meeting.data.record!;
  const agenda = record.agenda ?? [];

  const item = (a: AgendaItem, depth: number) => (
    <li key={a.key} className={`agenda-item depth-${depth}`} id={`agenda-${a.key}`}>
      <h3><Localized value={a.title} /></h3>
      {a.purpose && <Localized value={a.purpose} as="p" />}
      {a.moderator && <p>{t('meeting.moderator')}: {persons.get(a.moderator) ?? a.moderator}</p>}
      {(a.speakers ?? []).length > 0 && (
        <p>{t('meeting.speakers')}: {(a.speakers ?? []).map((s) => persons.get(s) ?? s).join(', ')}</p>
      )}
      {(record.questions ?? []).filter((q) => q.agendaItem === a.key).map((q) => (
        <p key={q.code} className="guiding-question"><strong>{q.code}</strong> <Localized value={q.text} /></p>
      ))}
      {(a.parts ?? []).length > 0 && <ol>{(a.parts ?? []).map((p) => item(p, depth + 1))}</ol>}
    </li>
  );

  return (
    <article>
      <h1><Localized value={record.title} /></h1>
      <p>{meetingTime(record.start, record.end, zoneOf(record.timeZone), i18n.language)} · {record.venue?.platform}
        {record.venue?.place && <> · <Localized value={record.venue.place} /></>}</p>
      <p>
        <a href={networkPath(network, `meetings/${encodeURIComponent(id)}/calendar.ics`)} download={`${id}.ics`} className="button-link">
          {t('meeting.calendar')}
        </a>
      </p>
      {record.description && <Localized value={record.description} as="p" />}
      <h2>{t('meeting.agenda')}</h2>
      <ol className="agenda">{agenda.map((a) => item(a, 0))}</ol>
      {(record.questions ?? []).some((q) => !q.agendaItem) && (
        <>
          <h2>{t('meeting.questions')}</h2>
          <ul>{(record.questions ?? []).filter((q) => !q.agendaItem).map((q) => <li key={q.code}><strong>{q.code}</strong> <Localized value={q.text} /></li>)}</ul>
        </>
      )}
      {(record.resources ?? []).length > 0 && (
        <>
          <h2>{t('meeting.resources')}</h2>
          <ul>{(record.resources ?? []).map((r, i) => <li key={i}>{r.link ? <a href={r.link}><Localized value={r.title} /></a> : <Localized value={r.title} />}</li>)}</ul>
        </>
      )}
      <Minutes network={network} meeting={meeting.data} />
    </article>
  );
}
