import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../../api/client';
import type { Change, Revision } from '../../../api/types';
import { formatDate } from '../../../records/format';
import { Waiting } from '../../../ui/Waiting';
import { DiffTable } from '../PlanVersions';

/**
 * A save refused because someone changed the plan since it was read (412): who saved which
 * versions since, what they changed (the server's diff from the version this draft is based
 * on), and the choice to reload. Nothing is overwritten without the user seeing this.
 */
export function Conflict({ network, id, base, onReload }: { network: string; id: string; base: number; onReload: () => void }) {
  const { t, i18n } = useTranslation('editor');
  const versions = useQuery({
    queryKey: [network, 'plans', id, 'versions', 'conflict'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/plans/{id}/versions', { params: { path: { network, id } } })) as Promise<Revision[]>,
  });
  const latest = versions.data?.[versions.data.length - 1];
  const since = (versions.data ?? []).filter((r) => (r.revision ?? 0) > base);
  const diff = useQuery({
    queryKey: [network, 'plans', id, 'diff', base, latest?.revision],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/plans/{id}/diff', { params: { path: { network, id }, query: { from: String(base), to: String(latest!.revision) } } })) as Promise<Change[]>,
    enabled: latest !== undefined && (latest.revision ?? 0) > base,
  });
  return (
    <section className="conflict problem" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="problem-title">{t('conflict.title')}</h2>
      <p>{t('conflict.explain', { base })}</p>
      {versions.isPending && <Waiting />}
      {since.length > 0 && (
        <ul>
          {since.map((r) => <li key={r.revision}>{t('conflict.savedBy', { revision: r.revision, actor: r.actor, at: formatDate(r.savedAt, i18n.language) })}</li>)}
        </ul>
      )}
      {diff.data && <DiffTable changes={diff.data} from={base} to={latest!.revision!} />}
      <div className="toolbar">
        <button type="button" className="primary" onClick={onReload}>{t('conflict.reload')}</button>
      </div>
      <p className="muted">{t('conflict.keep')}</p>
    </section>
  );
}
