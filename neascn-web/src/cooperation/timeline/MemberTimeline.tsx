import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import { useNames, useNetworkJson, type TimelineView } from '../api';
import { TimelineList } from './TimelineList';

/** A member's story as the audit trail records it: its plans, initiatives, meetings and action items. */
export default function MemberTimeline() {
  const { t } = useTranslation('cooperation');
  const { network = '', id = '' } = useParams();
  const members = useNames(network, 'members');
  const name = members.get(id) ?? id;
  useTitle(t('timeline.ofMember', { member: name }));
  const timeline = useNetworkJson<TimelineView>(network, `members/${id}/timeline`);
  if (timeline.isPending) return <Waiting />;
  if (timeline.isError) return <ProblemView error={timeline.error} />;
  return (
    <section>
      <h1>{t('timeline.ofMember', { member: name })}</h1>
      <p><Link to={`/networks/${network}/members/${id}`}>{t('timeline.profile')}</Link></p>
      <TimelineList network={network} timeline={timeline.data} />
    </section>
  );
}
