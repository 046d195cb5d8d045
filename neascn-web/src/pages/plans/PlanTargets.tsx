import { useTranslation } from 'react-i18next';
import type { Plan, PlanProgress } from '../../api/types';
import { formatNumber } from '../../records/format';
import { Localized } from '../../ui/Localized';
import { ProgressBar } from '../../ui/ProgressBar';

/** Targets with their indicators: baseline, target, the latest measurement and progress from the server. */
export function PlanTargets({ plan, progress }: { plan: Plan; progress: PlanProgress | undefined }) {
  const { t, i18n } = useTranslation(['plans', 'codes']);
  const targets = plan.targets ?? [];
  const indicatorProgress = (target: string | undefined, indicator: string | undefined) =>
    progress?.indicators?.find((i) => i.target === target && i.indicator === indicator);
  return (
    <section aria-labelledby="targets-title">
      <h2 id="targets-title">{t('plans:targets')}</h2>
      {targets.length === 0 && <p className="muted">{t('plans:noTargets')}</p>}
      <ol className="targets">
        {targets.map((target, ti) => {
          const summary = target.key ? progress?.targets?.[target.key] : undefined;
          return (
            <li key={target.key ?? ti} className="card">
              <h3><Localized value={target.text} /></h3>
              {summary && <p>{t(`codes:progress.${summary.status ?? 'NO_DATA'}`)} <ProgressBar share={summary.meanAchievedShare} label={t('plans:targetProgress')} /></p>}
              {(target.sdgTargets ?? []).length > 0 && <p className="muted">SDG {(target.sdgTargets ?? []).join(', ')}</p>}
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr><th scope="col">{t('plans:indicator')}</th><th scope="col" className="num">{t('plans:baseline')}</th><th scope="col" className="num">{t('plans:target')}</th><th scope="col" className="num">{t('plans:latest')}</th><th scope="col">{t('plans:progress')}</th></tr>
                  </thead>
                  <tbody>
                    {(target.indicators ?? []).map((indicator, ii) => {
                      const ip = indicatorProgress(target.key, indicator.key);
                      return (
                        <tr key={indicator.key ?? ii}>
                          <th scope="row"><Localized value={indicator.name} /> <span className="muted">({indicator.unit})</span></th>
                          <td className="num">{formatNumber(indicator.baseline?.value, i18n.language, 2)} <span className="muted">{indicator.baseline?.year}</span></td>
                          <td className="num">{formatNumber(indicator.target?.value, i18n.language, 2)} <span className="muted">{indicator.target?.year}</span></td>
                          <td className="num">{ip?.latest ? formatNumber(ip.latest.value, i18n.language, 2) : '–'}</td>
                          <td><ProgressBar share={ip?.achievedShare} label={t('plans:indicatorProgress')} /></td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
