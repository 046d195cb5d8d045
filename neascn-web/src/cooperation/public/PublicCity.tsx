import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Member, Page, Project, RecordView } from '../../api/types';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import { choose } from '../../records/localized';
import type { Plan, PlanProgress } from '../api';
import { ProgressCharts } from '../monitoring/ProgressCharts';
import { usePublic } from './publicApi';

/** A city for citizens: its facts, its published plan with progress per target, its projects. */
export default function PublicCity() {
  const { t, i18n } = useTranslation(['public', 'codes']);
  const { network = '', id = '' } = useParams();
  const member = usePublic<RecordView<Member>>(network, `members/${encodeURIComponent(id)}`);
  const plans = usePublic<Page<Plan>>(network, `plans?member=${encodeURIComponent(id)}&status=PUBLISHED`);
  const plan = plans.data?.items?.[0];
  const progress = usePublic<PlanProgress>(network, `plans/${plan?.id ?? 'none'}/progress`);
  const projects = usePublic<Page<Project>>(network, `projects?member=${encodeURIComponent(id)}&limit=50`);
  useTitle(member.data?.displayName ?? '');
  if (member.isPending) return <Waiting />;
  if (member.isError) return <ProblemView error={member.error} />;
  const m = member.data.record!;
  return (
    <article>
      <p><Link to={`/public/networks/${network}`}>{t('public:back')}</Link></p>
      <h1><Localized value={m.name} /></h1>
      <p>{m.country} · {t(`codes:level.${m.level}`, { defaultValue: m.level })}{m.population ? ` · ${t('public:population', { count: m.population })}` : ''}</p>
      <h2>{t('public:plan')}</h2>
      {plan ? (
        <>
          <p data-testid="public-plan">{plan.displayName}</p>
          {plan.record?.vision && <Localized value={plan.record.vision} as="p" />}
          <ProgressCharts testId="public-plan-progress" title={t('public:progress')} rollup={plan.id && progress.data ? progress.data.targets : undefined}
            names={(k) => choose((plan.record?.targets ?? []).find((x) => x.key === k)?.text, i18n.language).text || k} />
        </>
      ) : <p className="muted">{t('public:noPlan')}</p>}
      <h2>{t('public:projects')}</h2>
      {(projects.data?.items ?? []).length === 0 ? <p className="muted">{t('public:noProjects')}</p> : (
        <ul>{(projects.data?.items ?? []).map((p) => <li key={p.id}>{p.displayName} · {t(`codes:stage.${p.record?.stage}`, { defaultValue: p.record?.stage })}</li>)}</ul>
      )}
    </article>
  );
}
