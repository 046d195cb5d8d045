import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNetwork } from '../../api/queries';
import { useCountries, useFocusAreas } from '../../api/reference';
import type { OverdueAction } from '../../api/types';
import type { components } from '../../api/schema.gen';
import { Localized } from '../../ui/Localized';
import { Waiting } from '../../ui/Waiting';
import { ProblemView } from '../../ui/ProblemView';
import { useTitle } from '../../ui/useTitle';
import { choose } from '../../records/localized';
import { formatDate, formatNumber } from '../../records/format';
import { namer } from '../../records/names';
import { CountFigure } from './Figures';
import { dashboardQuery, overdueQuery } from './queries';
import { Pipeline } from './Pipeline';
import { MissingData } from './MissingData';

type DashboardView = components['schemas']['DashboardView'];
type OwnerOverdue = components['schemas']['OwnerOverdue'];

/**
 * `/networks/{network}`: the network at a glance. The figures come from the server in one read
 * (the dashboard endpoint), the pipeline in a second, so the page is usable before the sums are.
 */
export default function Dashboard() {
  const { network = '' } = useParams();
  const { t, i18n } = useTranslation(['dashboard', 'codes', 'common']);
  const navigate = useNavigate();
  const record = useNetwork(network);
  const countries = useCountries();
  const { focusAreas } = useFocusAreas(network);
  const dashboard = useQuery(dashboardQuery(network));
  const overdue = useQuery(overdueQuery(network));
  useTitle(record.data ? choose(record.data.name, i18n.language).text : t('title'));
  const country = namer(countries.data, i18n.language);
  const focus = namer(focusAreas, i18n.language);

  if (record.isError) return <ProblemView error={record.error} />;
  const view = dashboard.data;
  const by = (tally: DashboardView['members'] | undefined, key: string) => (tally?.by?.[key] ?? {}) as Record<string, number>;
  const published = by(view?.plans, 'status').PUBLISHED ?? 0;
  const overdueItems = overdueList(overdue.data);
  const base = `/networks/${network}`;
  return (
    <section className="dashboard">
      <h1>{record.data ? <Localized value={record.data.name} /> : t('title')}</h1>
      {dashboard.isPending && <Waiting />}
      {dashboard.isError && <ProblemView error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {view && (
        <>
          <ul className="kpis" aria-label={t('title')}>
            <li className="kpi"><Link to={`${base}/members`}><span className="kpi-value">{formatNumber(view.members?.total, i18n.language)}</span>{t('kpi.members')}</Link></li>
            <li className="kpi"><Link to={`${base}/plans`}><span className="kpi-value">{formatNumber(view.plans?.total, i18n.language)}</span>{t('kpi.plans')}</Link></li>
            <li className="kpi"><Link to={`${base}/plans?status=PUBLISHED`}><span className="kpi-value">{formatNumber(published, i18n.language)}</span>{t('kpi.published')}</Link></li>
            <li className="kpi"><Link to={`${base}/projects`}><span className="kpi-value">{formatNumber(view.projects?.total, i18n.language)}</span>{t('kpi.projects')}</Link></li>
            <li className="kpi"><span className="kpi-value">{formatNumber(overdueItems.length, i18n.language)}</span>{t('kpi.overdue')}</li>
          </ul>
          <MissingData network={network} missing={view.missing} />
          <div className="grid-2">
            <CountFigure title={t('membersByCountry')} counts={by(view.members, 'country')} label={country} onPick={(c) => navigate(`${base}/members?country=${c}`)} />
            <CountFigure title={t('membersByStatus')} counts={by(view.members, 'status')} label={(k) => t(`codes:membership.${k}`)} onPick={(s) => navigate(`${base}/members?status=${s}`)} />
            <CountFigure title={t('plansByStatus')} counts={by(view.plans, 'status')} label={(k) => t(`codes:planStatus.${k}`)} onPick={(s) => navigate(`${base}/plans?status=${s}`)} />
            <CountFigure title={t('projectsByStage')} counts={by(view.projects, 'stage')} label={(k) => t(`codes:stage.${k}`)} onPick={(s) => navigate(`${base}/projects?stage=${s}`)} />
          </div>
          <FocusMix mix={view.focusAreas ?? {}} label={focus} />
        </>
      )}
      <Pipeline network={network} stageLabel={(k) => t(`codes:stage.${k}`)} countryLabel={country} />
      <div className="grid-2">
        <section aria-labelledby="overdue-title">
          <h2 id="overdue-title">{t('overdue.title')}</h2>
          {overdue.isPending && <Waiting />}
          {overdue.isError && <ProblemView error={overdue.error} />}
          {overdue.data !== undefined && (overdueItems.length === 0 ? <p className="muted">{t('overdue.none')}</p> : (
            <ul>
              {overdueItems.map((o, i) => (
                <li key={i}>
                  <Localized value={o.item?.description} /> — {o.owner}{' '}
                  <span className="badge warn">{t('overdue.days', { count: o.daysOverdue ?? 0 })}</span>
                </li>
              ))}
            </ul>
          ))}
        </section>
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t('recent.title')}</h2>
          {view && ((view.recent ?? []).length === 0 ? <p className="muted">{t('recent.none')}</p> : (
            <ol className="activity">
              {(view.recent ?? []).map((a, i) => (
                <li key={i}>
                  <time dateTime={a.at}>{formatDate(a.at, i18n.language)}</time>{' '}
                  {a.recordType === 'SCAP' ? <Link to={`${base}/plans/${a.recordId}`}>{a.summary}</Link> : a.summary}
                  {a.toState && <> <span className="badge">{a.recordType === 'SCAP' ? t(`codes:planStatus.${a.toState}`, { defaultValue: a.toState }) : a.toState}</span></>}
                </li>
              ))}
            </ol>
          ))}
        </section>
      </div>
    </section>
  );
}

/** The overdue endpoint groups items per owner; the dashboard lists them flat, most overdue first. */
function overdueList(groups: OwnerOverdue[] | undefined): (OverdueAction & { owner?: string })[] {
  return (groups ?? [])
    .flatMap((g) => (g.items ?? []).map((item) => ({ ...item, owner: g.owner })))
    .sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
}

function FocusMix({ mix, label }: { mix: Record<string, { plans?: number; projects?: number }>; label: (code: string) => string }) {
  const { t } = useTranslation('dashboard');
  const plans = Object.fromEntries(Object.entries(mix).map(([k, v]) => [k, v.plans ?? 0]));
  const projects = Object.fromEntries(Object.entries(mix).map(([k, v]) => [k, v.projects ?? 0]));
  return (
    <div className="grid-2">
      <CountFigure title={`${t('focusMix')}: ${t('focusPlans')}`} counts={plans} label={label} />
      <CountFigure title={`${t('focusMix')}: ${t('focusProjects')}`} counts={projects} label={label} />
    </div>
  );
}
