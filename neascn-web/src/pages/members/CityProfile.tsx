import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { useAll } from '../../api/lists';
import { useCountries } from '../../api/reference';
import type { Member, Person, Plan, PlanProgress, Project, RecordView, TimelineView } from '../../api/types';
import { useIdentity } from '../../auth/useIdentity';
import { may } from '../../auth/identity';
import { namer } from '../../records/names';
import { choose } from '../../records/localized';
import { formatDate, formatNumber } from '../../records/format';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { Empty } from '../../ui/Empty';
import { useTitle } from '../../ui/useTitle';
import { ProgressBar } from '../../ui/ProgressBar';

/**
 * `/networks/{network}/members/{id}`: a city's facts, its current plan with progress, its
 * projects, its people (the server never gives the public an e-mail) and its timeline.
 */
export default function CityProfile() {
  const { network = '', id = '' } = useParams();
  const { t, i18n } = useTranslation(['members', 'plans', 'codes', 'common']);
  const identity = useIdentity();
  const member = useQuery({
    queryKey: [network, 'members', id],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/members/{id}', { params: { path: { network, id } } })) as Promise<RecordView<Member>>,
  });
  const plans = useAll<Plan>(network, 'plans', { member: id, sort: '-id' });
  const projects = useAll<Project>(network, 'projects', { member: id });
  const people = useAll<Person>(network, 'persons', { organisation: `member:${id}` });
  const timeline = useQuery({
    queryKey: [network, 'members', id, 'timeline'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/members/{id}/timeline', { params: { path: { network, id } } })) as Promise<TimelineView>,
  });
  const countries = useCountries();
  const country = namer(countries.data, i18n.language);
  useTitle(member.data ? choose(member.data.record?.name, i18n.language).text : t('members:profile'));
  const base = `/networks/${network}`;
  if (member.isPending) return <Waiting />;
  if (member.isError) return <ProblemView error={member.error} />;
  const m = member.data.record!;
  const current = pickCurrent(plans.data ?? []);
  return (
    <article className="city">
      <h1><Localized value={m.name} /></h1>
      <dl className="facts">
        <dt>{t('common:filter.country')}</dt><dd>{country(m.country)}</dd>
        <dt>{t('members:level')}</dt><dd>{t(`codes:level.${m.level}`)}</dd>
        <dt>{t('common:filter.status')}</dt><dd>{t(`codes:membership.${m.status}`)}</dd>
        {m.population !== undefined && <><dt>{t('members:population')}</dt><dd>{formatNumber(m.population, i18n.language)}</dd></>}
        {m.website && <><dt>{t('members:website')}</dt><dd><a href={m.website} rel="noopener noreferrer">{m.website}</a></dd></>}
      </dl>
      <div className="toolbar">
        {may.editMember(identity, id) && <Link to={`${base}/plans/new?member=${id}`}>{t('plans:new')}</Link>}
      </div>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t('members:plan')}</h2>
        {plans.isPending && <Waiting />}
        {current ? <PlanSummary network={network} plan={current} /> : !plans.isPending && <Empty title={t('members:noPlan')}>{may.editMember(identity, id) ? t('members:noPlanHint') : null}</Empty>}
        {(plans.data ?? []).length > 1 && (
          <details>
            <summary>{t('members:allPlans', { count: plans.data!.length })}</summary>
            <ul>{plans.data!.map((p) => <li key={p.id}><Link to={`${base}/plans/${p.id}`}>{p.displayName}</Link> <span className="badge">{t(`codes:planStatus.${p.record?.status}`)}</span></li>)}</ul>
          </details>
        )}
      </section>

      <section aria-labelledby="projects-title">
        <h2 id="projects-title">{t('members:projects')}</h2>
        {projects.isError && <ProblemView error={projects.error} />}
        {(projects.data ?? []).length === 0 && !projects.isPending ? <p className="muted">{t('members:noProjects')}</p> : (
          <ul>{(projects.data ?? []).map((p) => <li key={p.id}><Link to={`${base}/projects/${p.id}`}><Localized value={p.record?.title} /></Link> <span className="badge">{t(`codes:stage.${p.record?.stage}`)}</span></li>)}</ul>
        )}
      </section>

      <section aria-labelledby="people-title">
        <h2 id="people-title">{t('members:people')}</h2>
        {(people.data ?? []).length === 0 && !people.isPending ? <p className="muted">{t('members:noPeople')}</p> : (
          <ul>{(people.data ?? []).map((p) => <li key={p.id}><Localized value={p.record?.name} />{p.record?.title && <>, <Localized value={p.record.title} /></>}{p.record?.email && <> · <a href={`mailto:${p.record.email}`}>{p.record.email}</a></>}</li>)}</ul>
        )}
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('members:timeline')}</h2>
        {timeline.isError && <ProblemView error={timeline.error} />}
        {timeline.data && ((timeline.data.entries ?? []).length === 0 ? <p className="muted">{t('members:noTimeline')}</p> : (
          <ol className="activity">
            {[...(timeline.data.entries ?? [])].reverse().map((e, i) => (
              <li key={i}><time dateTime={e.at}>{formatDate(e.at, i18n.language)}</time> {e.summary}</li>
            ))}
          </ol>
        ))}
      </section>
    </article>
  );
}

/** The plan a city works by: the published one, else its latest. */
function pickCurrent(plans: RecordView<Plan>[]): RecordView<Plan> | undefined {
  return plans.find((p) => p.record?.status === 'PUBLISHED') ?? plans[0];
}

function PlanSummary({ network, plan }: { network: string; plan: RecordView<Plan> }) {
  const { t } = useTranslation(['members', 'plans', 'codes']);
  const progress = useQuery({
    queryKey: [network, 'plans', plan.id, 'progress'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/plans/{id}/progress', { params: { path: { network, id: plan.id! } } })) as Promise<PlanProgress>,
  });
  const p = plan.record!;
  const summaries = Object.entries(progress.data?.targets ?? {});
  return (
    <div className="card">
      <h3><Link to={`/networks/${network}/plans/${plan.id}`}>{plan.displayName}</Link> <span className="badge">{t(`codes:planStatus.${p.status}`)}</span></h3>
      <p><Localized value={p.vision} /></p>
      <p className="muted">{p.period?.startYear}–{p.period?.endYear} · {t('plans:targetCount', { count: p.targets?.length ?? 0 })}</p>
      {summaries.length > 0 && (
        <ul className="progress-list">
          {summaries.map(([key, s]) => {
            const target = p.targets?.find((x) => x.key === key);
            return <li key={key}><Localized value={target?.text} /> <ProgressBar share={averageShare(s)} label={key} /></li>;
          })}
        </ul>
      )}
    </div>
  );
}

function averageShare(summary: unknown): number | undefined {
  const s = summary as { meanAchievedShare?: number };
  return s.meanAchievedShare;
}
