import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import { ProblemView } from '../ui/ProblemView';

/**
 * A refused command shown where it was given: the workflow rule in the reader's language (with
 * what to do about it), the rule's code, and the server's own words; any other problem as the
 * application shows problems everywhere.
 */
export function Refusal({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation('rules');
  if (!error) return null;
  if (error instanceof ApiProblem && error.rule && i18n.exists(`rules:${error.rule}`)) {
    return (
      <div className="problem" role="alert" data-rule={error.rule}>
        <p className="problem-title">{t(error.rule)}</p>
        {error.detail && <p className="problem-detail">{error.detail}</p>}
        <p className="muted"><code>{error.rule}</code></p>
      </div>
    );
  }
  return <ProblemView error={error} />;
}
