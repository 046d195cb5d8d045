import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';

/**
 * A refusal turned into a message a person can act on: what kind of problem (in the reader's
 * language), the workflow rule that refused it when there is one, and the server's own words.
 */
export function ProblemView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation(['problems', 'common']);
  if (!(error instanceof ApiProblem)) {
    return (
      <div className="problem" role="alert">
        <p className="problem-title">{t('problems:network.title')}</p>
        <p>{t('problems:network.detail')}</p>
        {onRetry && <button type="button" onClick={onRetry}>{t('common:action.retry')}</button>}
      </div>
    );
  }
  return (
    <div className="problem" role="alert" data-problem={error.kind}>
      <p className="problem-title">{problemTitle(t, error)}</p>
      {error.rule && (
        <p className="problem-rule">
          {t(`problems:rule.${error.rule}`, { defaultValue: t('problems:rule.unknown', { rule: error.rule }) })}{' '}
          <code>{error.rule}</code>
        </p>
      )}
      {error.detail && <p className="problem-detail">{error.detail}</p>}
      {error.errors.length > 0 && (
        <ul>
          {error.errors.map((e, i) => (
            <li key={i}>
              {e.field && <code>{e.field}</code>} {e.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && error.status >= 500 && <button type="button" onClick={onRetry}>{t('common:action.retry')}</button>}
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

export function problemTitle(t: T, problem: ApiProblem): string {
  return t(`problems:kind.${problem.kind}`, { defaultValue: t('problems:kind.other', { status: problem.status }) });
}
