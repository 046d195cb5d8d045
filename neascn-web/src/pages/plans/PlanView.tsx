import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { useAll } from '../../api/lists';
import { useFocusAreas } from '../../api/reference';
import type { Member, PlanProgress, Project } from '../../api/types';
import { namer } from '../../records/names';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import { PlanActions } from './PlanActions';
import { PlanTargets } from './PlanTargets';
import { PlanVersions } from './PlanVersions';
import { TemplateLink } from './PlanImport';
import { usePlan } from './usePlan';

/**
 * `/networks/{network}/plans/{id}`: the plan's vision, focus areas, targets with indicators and
 * progress, its projects, what the signed-in role may do with it, and its versions side by side.
 */
export default function PlanView() {
  const { network = '', id = '' } = useParams();
  const { t, i18n } = useTranslation(['plans', 'codes', 'common']);
  const plan = usePlan(network, id);
  const progress = useQuery({
    queryKey: [network, 'plans', id, 'progress'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/plans/{id}/progress', { params: { path: { network, id } } })) as Promise<PlanProgress>,
  });
  const projects = useAll<Project>(network, 'projects', { plan: id });
  const members = useAll<Member>(network, 'members');
  const { focusAreas } = useFocusAreas(network);
  const focus = namer(focusAreas, i18n.language);
  useTitle(plan.data?.body.displayName ?? t('plans:plan'));
  if (plan.isPending) return <Waiting />;
  if (plan.isError) return <ProblemView error={plan.error} />;
  const view = plan.data.body;
  const p = view.record!;
  const member = members.data?.find((m) => m.id === p.member);
  const base = `/networks/${network}`;
  return (
    <article className="plan">
      <h1>{view.displayName} <span className="badge" data-status={p.status}>{t(`codes:planStatus.${p.status}`)}</span></h1>
      <p>
        <Link to={`${base}/members/${p.member}`}>{member ? <Localized value={member.record?.name} /> : p.member}</Link>
        {' · '}{t('plans:periodOf', { start: p.period?.startYear, end: p.period?.endYear })}
        {' · '}{t('plans:versionOf', { version: p.version })}
      </p>
      <PlanActions network={network} view={view} etag={plan.data.etag} />
      <section aria-labelledby="vision-title">
        <h2 id="vision-title">{t('plans:vision')}</h2>
        <Localized value={p.vision} as="p" />
      </section>
      <section aria-labelledby="focus-title">
        <h2 id="focus-title">{t('plans:focusAreas')}</h2>
        {(p.focusAreas ?? []).length === 0 ? <p className="muted">{t('plans:noFocusAreas')}</p> : (
          <ul className="chips">{(p.focusAreas ?? []).map((f) => <li key={f} className="badge">{focus(f)}</li>)}</ul>
        )}
      </section>
      <PlanTargets plan={p} progress={progress.data} />
      <section aria-labelledby="projects-title">
        <h2 id="projects-title">{t('plans:projects')}</h2>
        {(projects.data ?? []).length === 0 && !projects.isPending ? <p className="muted">{t('plans:noProjects')}</p> : (
          <ul>{(projects.data ?? []).map((x) => <li key={x.id}><Link to={`${base}/projects/${x.id}`}><Localized value={x.record?.title} /></Link> <span className="badge">{t(`codes:stage.${x.record?.stage}`)}</span></li>)}</ul>
        )}
      </section>
      <div className="toolbar"><TemplateLink network={network} plan={id} /></div>
      <PlanVersions network={network} id={id} current={view.version ?? 1} />
    </article>
  );
}
