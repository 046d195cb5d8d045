import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { FinancingMatches, Project, Readiness, RecordView, Screening } from '../../api/types';
import { choose } from '../../records/localized';
import { formatDate, formatMoney } from '../../records/format';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import { ReadinessMeter } from './ReadinessMeter';
import { Matches } from './Matches';

/**
 * `/networks/{network}/projects/{id}`: stage, what the project does to its asset and when it
 * actually started and ended (where recorded), costs and funding, the readiness meter with the
 * gaps to the next stage, financing matches with their reasons and near misses with the rule
 * that excluded them, and the sanctions status. Every judgement is the server's.
 */
export default function ProjectPage() {
  const { network = '', id = '' } = useParams();
  const { t, i18n } = useTranslation(['projects', 'codes', 'common']);
  const path = { network, id };
  const project = useQuery({
    queryKey: [network, 'projects', id],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/projects/{id}', { params: { path } })) as Promise<RecordView<Project>>,
  });
  const readiness = useQuery({
    queryKey: [network, 'projects', id, 'readiness'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/projects/{id}/readiness', { params: { path } })) as Promise<Readiness>,
  });
  const matches = useQuery({
    queryKey: [network, 'projects', id, 'matches'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/projects/{id}/financing-matches', { params: { path } })) as Promise<FinancingMatches>,
  });
  const screening = useQuery({
    queryKey: [network, 'projects', id, 'screening'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/projects/{id}/sanctions-screening', { params: { path } })) as Promise<Screening>,
  });
  useTitle(project.data ? choose(project.data.record?.title, i18n.language).text : t('projects:project'));
  if (project.isPending) return <Waiting />;
  if (project.isError) return <ProblemView error={project.error} />;
  const p = project.data.record!;
  const base = `/networks/${network}`;
  const secured = (p.funding ?? []).filter((f) => f.secured);
  return (
    <article className="project">
      <h1><Localized value={p.title} /></h1>
      <p>
        <Link to={`${base}/members/${p.member}`}>{p.member}</Link>
        {p.plan && <> · <Link to={`${base}/plans/${p.plan}`}>{p.plan}</Link></>}
        {' · '}<span className="badge">{t(`codes:stage.${p.stage}`)}</span>
        {' '}<span className="badge">{t(`codes:financing.${p.financingStatus}`)}</span>
      </p>
      {p.description && <Localized value={p.description} as="p" />}
      <section aria-labelledby="dates-title">
        <h2 id="dates-title">{t('projects:dates')}</h2>
        <dl className="facts">
          <dt>{t('codes:projectTypeLabel')}</dt><dd data-field="projectType">{p.projectType ? t(`codes:projectType.${p.projectType}`) : <span className="muted">{t('projects:noType')}</span>}</dd>
          <dt>{t('projects:actualStart')}</dt><dd data-field="actualStart">{p.actualStart ? formatDate(p.actualStart, i18n.language) : <span className="muted">{t('projects:noActualStart')}</span>}</dd>
          {p.actualEnd && <><dt>{t('projects:actualEnd')}</dt><dd data-field="actualEnd">{formatDate(p.actualEnd, i18n.language)}</dd></>}
        </dl>
      </section>
      <section aria-labelledby="money-title">
        <h2 id="money-title">{t('projects:costsAndFunding')}</h2>
        <dl className="facts">
          <dt>{t('projects:cost')}</dt><dd>{p.totalCost ? formatMoney(p.totalCost.amount, p.totalCost.currency, i18n.language) : <span className="badge warn">{t('projects:noCost')}</span>}</dd>
        </dl>
        {(p.funding ?? []).length > 0 ? (
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">{t('projects:funder')}</th><th scope="col">{t('projects:instrument')}</th><th scope="col" className="num">{t('projects:amount')}</th><th scope="col">{t('projects:secured')}</th></tr></thead>
              <tbody>
                {(p.funding ?? []).map((f, i) => (
                  <tr key={i}>
                    <td>{f.funder ? <Link to={`${base}/partners/${f.funder}`}>{f.funder}</Link> : <Localized value={f.source} />}</td>
                    <td>{f.instrument ? t(`codes:instrument.${f.instrument}`) : '–'}</td>
                    <td className="num">{formatMoney(f.amount.amount, f.amount.currency, i18n.language)}</td>
                    <td>{f.secured ? t('projects:yes') : t('projects:no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : <p className="muted">{t('projects:noFunding')}</p>}
        {secured.length === 0 && (p.funding ?? []).length > 0 && <p className="muted">{t('projects:nothingSecured')}</p>}
      </section>
      <section aria-labelledby="readiness-title">
        <h2 id="readiness-title">{t('projects:readiness')}</h2>
        {readiness.isPending && <Waiting what={t('projects:assessing')} />}
        {readiness.isError && <ProblemView error={readiness.error} />}
        {readiness.data && <ReadinessMeter readiness={readiness.data} />}
      </section>
      <section aria-labelledby="sanctions-title">
        <h2 id="sanctions-title">{t('projects:sanctions')}</h2>
        {screening.isPending && <Waiting />}
        {screening.isError && <ProblemView error={screening.error} />}
        {screening.data && (
          <div>
            <p><span className={`badge ${screening.data.status === 'CLEAR' ? 'ok' : screening.data.status === 'EXEMPTED' ? 'warn' : 'danger'}`} data-screening={screening.data.status}>{t(`codes:screening.${screening.data.status}`)}</span></p>
            {(screening.data.hits ?? []).map((h, i) => <p key={i}>{h.explanation}{h.exempted && h.exemption && <> — {t('projects:exemption')}</>}</p>)}
            {(screening.data.notes ?? []).map((n, i) => <p key={i} className="muted">{n}</p>)}
          </div>
        )}
      </section>
      <section aria-labelledby="matches-title">
        <h2 id="matches-title">{t('projects:matches')}</h2>
        {matches.isPending && <Waiting what={t('projects:matching')} />}
        {matches.isError && <ProblemView error={matches.error} />}
        {matches.data && <Matches network={network} matches={matches.data} />}
      </section>
    </article>
  );
}
