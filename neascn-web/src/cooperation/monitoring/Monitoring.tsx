import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFocusAreas } from '../../api/reference';
import { useIdentity } from '../../auth/useIdentity';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import { choose } from '../../records/localized';
import { useEvery, useNames, useNetworkJson, useRecord, type NetworkProgress, type Plan, type PlanProgress } from '../api';
import { MeasurementEntry } from './MeasurementEntry';
import { ProgressCharts } from './ProgressCharts';
import { ReviewQueue } from './ReviewQueue';

/**
 * Monitoring: a plan's indicators with every update and its stamped review, the form a city
 * enters updates with, the secretariat's review queue across the network, and progress rolled
 * up per target, focus area and member.
 */
export default function Monitoring() {
  const { t, i18n } = useTranslation(['cooperation', 'codes']);
  useTitle(t('monitoring.title'));
  const { network = '', id = '' } = useParams();
  const identity = useIdentity();
  const members = useNames(network, 'members');
  const { focusAreas } = useFocusAreas(network);
  const plan = useRecord<Plan>(network, 'plans', id);
  const planProgress = useNetworkJson<PlanProgress>(network, `plans/${id}/progress`, id !== '');
  const progress = useNetworkJson<NetworkProgress>(network, 'progress');
  const published = useEvery<Plan>(network, 'plans', 'status=PUBLISHED');
  const record = plan.data?.record;
  const editsPlan = !!record && identity.kind === 'member-editor' && identity.member === record.member && record.status === 'PUBLISHED';
  const areaName = (code: string) => choose(focusAreas.find((f) => f.code === code)?.name, i18n.language).text || code;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section>
      <h1>{t('monitoring.title')}{record && <> · {members.get(record.member ?? '') ?? record.member}</>}</h1>
      {id === '' && (
        <nav aria-label={t('monitoring.plans')}>
          <h2>{t('monitoring.plans')}</h2>
          <ul>
            {(published.data ?? []).map((p) => (
              <li key={p.id}><Link to={`/networks/${network}/plans/${p.id}/monitoring`}>{p.displayName}</Link></li>
            ))}
          </ul>
        </nav>
      )}
      {id !== '' && plan.isPending && <Waiting />}
      {plan.isError && <ProblemView error={plan.error} />}
      {record && (
        <>
          <p className="muted">{t('monitoring.planStatus', { status: t(`codes:planStatus.${record.status}`) })}</p>
          {(record.targets ?? []).map((target) => (
            <section key={target.key} className="card" data-target={target.key}>
              <h2><Localized value={target.text} /></h2>
              {(target.indicators ?? []).map((indicator) => (
                <div key={indicator.key} className="indicator" data-indicator={indicator.key}>
                  <h3><Localized value={indicator.name} /> <span className="muted">({indicator.unit})</span></h3>
                  <p className="muted">{t('monitoring.baselineTarget', {
                    baseline: indicator.baseline?.value, baselineYear: indicator.baseline?.year,
                    target: indicator.target?.value, targetYear: indicator.target?.year, unit: indicator.unit,
                  })}</p>
                  {(indicator.measurements ?? []).length > 0 && (
                    <table className="table">
                      <thead><tr><th scope="col">{t('monitoring.periodEnd')}</th><th scope="col">{t('review.value')}</th><th scope="col">{t('minutes.status')}</th><th scope="col">{t('monitoring.note')}</th><th scope="col">{t('monitoring.review')}</th></tr></thead>
                      <tbody>
                        {(indicator.measurements ?? []).map((m, i) => (
                          <tr key={i} data-measurement={i} data-status={m.status}>
                            <td>{m.date}</td>
                            <td>{m.value} {indicator.unit}</td>
                            <td>{t(`measurementStatus.${m.status}`)}</td>
                            <td>{m.note ?? ''}</td>
                            <td>{m.review ? t('monitoring.stamp', { who: m.review.reviewer, when: m.review.at ? date.format(new Date(m.review.at)) : '', comment: m.review.comment ?? '' }) : ''}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  {editsPlan && <MeasurementEntry network={network} plan={id} target={target.key ?? ''} indicator={indicator.key ?? ''} unit={indicator.unit ?? ''} />}
                </div>
              ))}
            </section>
          ))}
          <h2>{t('monitoring.byTarget')}</h2>
          <ProgressCharts testId="progress-targets" title={t('monitoring.byTarget')} rollup={planProgress.data?.targets}
            names={(k) => choose((record.targets ?? []).find((x) => x.key === k)?.text, i18n.language).text || k} />
        </>
      )}

      {(identity.kind === 'secretariat' || identity.kind === 'member-editor') && (
        <section aria-labelledby="review-queue">
          <h2 id="review-queue">{t('review.title')}</h2>
          <ReviewQueue network={network} secretariat={identity.kind === 'secretariat'} names={members} />
        </section>
      )}

      <h2>{t('monitoring.byFocusArea')}</h2>
      <ProgressCharts testId="progress-areas" title={t('monitoring.byFocusArea')} rollup={progress.data?.focusAreas} names={areaName} />
      <h2>{t('monitoring.byMember')}</h2>
      <ProgressCharts testId="progress-members" title={t('monitoring.byMember')} rollup={progress.data?.members} names={(k) => members.get(k) ?? k} />
    </section>
  );
}
