import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Empty } from '../../ui/Empty';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import { Localized } from '../../ui/Localized';
import { useEvery, type Meeting } from '../api';
import { meetingTime, zoneOf } from './when';

/** The network's meetings, the latest first; each opens its agenda and minutes. */
export default function MeetingList() {
  const { t, i18n } = useTranslation(['cooperation', 'codes']);
  useTitle(t('meetings.title'));
  const { network = '' } = useParams();
  const meetings = useEvery<Meeting>(network, 'meetings', 'sort=-start');
  if (meetings.isPending) return <Waiting />;
  if (meetings.isError) return <ProblemView error={meetings.error} />;
  return (
    <section>
      <h1>{t('meetings.title')}</h1>
      {meetings.data.length === 0 && <Empty title={t('meetings.empty')}>{t('meetings.emptyDetail')}</Empty>}
      <ul className="cards">
        {meetings.data.map((m) => (
          <li key={m.id} className="card">
            <h2><Link to={`/networks/${network}/meetings/${m.id}`}><Localized value={m.record?.title} /></Link></h2>
            <p>{t(`meetingType.${m.record?.type}`)}</p>
            <p>{meetingTime(m.record?.start, m.record?.end, zoneOf(m.record?.timeZone), i18n.language)}</p>
            <p className="muted">{m.record?.venue?.platform}{m.record?.venue?.place ? <> · <Localized value={m.record.venue.place} /></> : null}</p>
            <p>{t('meetings.counts', { takeaways: m.record?.takeaways?.length ?? 0, actions: m.record?.actionItems?.length ?? 0 })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
