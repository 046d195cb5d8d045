import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Member, Page } from '../../api/types';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import { useFocusAreas } from '../../api/reference';
import { choose } from '../../records/localized';
import type { BoardCard, Meeting, NetworkProgress, Plan } from '../api';
import { ProgressCharts } from '../monitoring/ProgressCharts';
import { usePublic } from './publicApi';

/**
 * The network for citizens: its members, their published plans and how they progress, the
 * cooperation initiatives and the meetings; only what the server shows an anonymous visitor.
 */
export default function PublicDashboard() {
  const { t, i18n } = useTranslation(['public', 'cooperation']);
  const { network = '' } = useParams();
  useTitle(t('public:title', { network: network.toUpperCase() }));
  const members = usePublic<Page<Member>>(network, 'members?limit=200&sort=name');
  const plans = usePublic<Page<Plan>>(network, 'plans?limit=200');
  const board = usePublic<BoardCard[]>(network, 'initiative-board');
  const meetings = usePublic<Page<Meeting>>(network, 'meetings?limit=5&sort=-start');
  const progress = usePublic<NetworkProgress>(network, 'progress');
  const { focusAreas } = useFocusAreas(network);
  if (members.isPending || plans.isPending) return <Waiting />;
  if (members.isError) return <ProblemView error={members.error} />;
  const planOf = (member?: string) => (plans.data?.items ?? []).find((p) => p.record?.member === member);
  const areaName = (code: string) => choose(focusAreas.find((f) => f.code === code)?.name, i18n.language).text || code;

  return (
    <section>
      <h1>{t('public:title', { network: network.toUpperCase() })}</h1>
      <ul className="kpis">
        <li className="kpi"><span className="kpi-value">{members.data.total ?? 0}</span>{t('public:members')}</li>
        <li className="kpi"><span className="kpi-value" data-testid="published-plans">{plans.data?.total ?? 0}</span>{t('public:publishedPlans')}</li>
        <li className="kpi"><span className="kpi-value">{(board.data ?? []).length}</span>{t('public:initiatives')}</li>
      </ul>
      <h2>{t('public:cities')}</h2>
      <table className="table" data-testid="public-members">
        <thead><tr><th scope="col">{t('public:city')}</th><th scope="col">{t('public:country')}</th><th scope="col">{t('public:plan')}</th></tr></thead>
        <tbody>
          {(members.data.items ?? []).map((m) => (
            <tr key={m.id}>
              <td><Link to={`/public/networks/${network}/members/${m.id}`}>{m.displayName}</Link></td>
              <td>{m.record?.country}</td>
              <td>{planOf(m.id)?.displayName ?? <span className="muted">{t('public:noPlan')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('public:progress')}</h2>
      <ProgressCharts testId="public-progress" title={t('public:progress')} rollup={progress.data?.focusAreas} names={areaName} />
      <h2>{t('public:initiatives')}</h2>
      <ul>
        {(board.data ?? []).map((c) => (
          <li key={c.id}>{c.title} · {t(`cooperation:status.${c.status}`)}</li>
        ))}
      </ul>
      <h2>{t('public:meetings')}</h2>
      <ul>
        {(meetings.data?.items ?? []).map((m) => (
          <li key={m.id}><Localized value={m.record?.title} /> · {m.record?.start?.slice(0, 10)}</li>
        ))}
      </ul>
    </section>
  );
}
