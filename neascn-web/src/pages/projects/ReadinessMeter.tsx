import { useTranslation } from 'react-i18next';
import type { Readiness } from '../../api/types';
import { formatNumber } from '../../records/format';

const LADDER = ['SCOPING', 'PRE_FEASIBILITY', 'FEASIBILITY', 'STRUCTURING', 'TRANSACTION_PREPARATION', 'IMPLEMENTATION', 'POST_IMPLEMENTATION'];

/**
 * The stage ladder with the level the evidence supports and the stage the project declares,
 * the rubric score, and the gaps to the next stage in plain words, as the server assessed them.
 */
export function ReadinessMeter({ readiness }: { readiness: Readiness }) {
  const { t, i18n } = useTranslation(['projects', 'codes']);
  const level = LADDER.indexOf(readiness.level ?? '');
  const declared = LADDER.indexOf(readiness.declaredStage ?? '');
  return (
    <div className="readiness">
      <p>
        {t('projects:score')}: <strong>{formatNumber(readiness.score, i18n.language, 1)}</strong>
        {' · '}{t('projects:level')}: <strong>{readiness.level ? t(`codes:stage.${readiness.level}`) : '–'}</strong>
        {readiness.nextStage && <> · {t('projects:next')}: {t(`codes:stage.${readiness.nextStage}`)}</>}
      </p>
      <ol className="ladder" aria-label={t('projects:ladder')}>
        {LADDER.map((s, i) => (
          <li key={s} className={`${i <= level ? 'reached' : ''} ${i === declared ? 'declared' : ''}`} aria-current={i === level ? 'step' : undefined}>
            {t(`codes:stage.${s}`)}
            {i === level && <span className="sr-only"> ({t('projects:supported')})</span>}
            {i === declared && <span className="badge">{t('projects:declared')}</span>}
          </li>
        ))}
      </ol>
      {(readiness.gaps ?? []).length > 0 && (
        <>
          <h3>{t('projects:gaps')}</h3>
          <ul className="gaps">{(readiness.gaps ?? []).map((g, i) => <li key={i}>{g}</li>)}</ul>
        </>
      )}
      {(readiness.results ?? []).length > 0 && (
        <details>
          <summary>{t('projects:criteria')}</summary>
          <ul>{(readiness.results ?? []).map((r, i) => <li key={i}><span className={`badge ${r.met ? 'ok' : 'warn'}`}>{r.met ? t('projects:met') : t('projects:notMet')}</span> {r.explanation}</li>)}</ul>
        </details>
      )}
      {(readiness.findings ?? []).length > 0 && (
        <ul className="findings">{(readiness.findings ?? []).map((f, i) => <li key={i} className="muted">{f.field && <code>{f.field}</code>} {f.message}</li>)}</ul>
      )}
    </div>
  );
}
