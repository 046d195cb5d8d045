import { useRouteError } from 'react-router-dom';
import { ProblemView } from './ProblemView';

/** What a screen that failed to render shows instead of a blank page. */
export function RouteProblem() {
  const error = useRouteError();
  return (
    <main id="main">
      <ProblemView error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
