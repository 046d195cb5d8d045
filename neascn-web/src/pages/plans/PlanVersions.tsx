import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Change, Revision } from '../../api/types';
import { formatDate } from '../../records/format';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';

/**
 * The plan's saved versions, and any two side by side: the server's field-level diff, each
 * changed field with its value before and after, marked as added, removed or changed.
 */
export function PlanVersions({ network, id, current }: { network: string; id: string; current: number }) {
  const { t, i18n } = useTranslation(['plans', 'codes']);
  const versions = useQuery({
    queryKey: [network, 'plans', id, 'versions'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/plans/{id}/versions', { params: { path: { network, id } } })) as Promise<Revision[]>,
  });
  const list = versions.data ?? [];
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  const a = from ?? list[Math.max(0, list.length - 2)]?.revision;
  const b = to ?? list[list.length - 1]?.revision ?? current;
  const diff = useQuery({
    queryKey: [network, 'plans', id, 'diff', a, b],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/plans/{id}/diff', { params: { path: { network, id }, query: { from: String(a), to: String(b) } } })) as Promise<Change[]>,
    enabled: a !== undefined && b !== undefined && a !== b,
  });
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t('plans:versions')}</h2>
      {versions.isPending && <Waiting />}
      {versions.isError && <ProblemView error={versions.error} />}
      {list.length > 0 && (
        <ol className="versions">
          {list.map((r) => <li key={r.revision}>{t('plans:revision', { n: r.revision })} · {formatDate(r.savedAt, i18n.language)} · {r.actor}</li>)}
        </ol>
      )}
      {list.length > 1 && (
        <>
          <div className="filters">
            <label>{t('plans:compareFrom')}{' '}
              <select value={a} onChange={(e) => setFrom(Number(e.target.value))}>{list.map((r) => <option key={r.revision} value={r.revision}>{r.revision}</option>)}</select>
            </label>
            <label>{t('plans:compareTo')}{' '}
              <select value={b} onChange={(e) => setTo(Number(e.target.value))}>{list.map((r) => <option key={r.revision} value={r.revision}>{r.revision}</option>)}</select>
            </label>
          </div>
          {diff.isPending && diff.fetchStatus !== 'idle' && <Waiting />}
          {diff.isError && <ProblemView error={diff.error} />}
          {diff.data && <DiffTable changes={diff.data} from={a!} to={b} />}
        </>
      )}
    </section>
  );
}

export function DiffTable({ changes, from, to }: { changes: Change[]; from: number; to: number }) {
  const { t } = useTranslation(['plans', 'codes']);
  if (changes.length === 0) return <p className="muted">{t('plans:noChanges')}</p>;
  return (
    <div className="table-wrap">
      <table className="diff">
        <caption>{t('plans:diffCaption', { from, to, count: changes.length })}</caption>
        <thead><tr><th scope="col">{t('plans:field')}</th><th scope="col">{t('plans:revision', { n: from })}</th><th scope="col">{t('plans:revision', { n: to })}</th></tr></thead>
        <tbody>
          {changes.map((c, i) => (
            <tr key={i} className={`change-${c.kind?.toLowerCase()}`}>
              <th scope="row"><code>{c.path}</code> <span className="badge">{t(`codes:change.${c.kind}`)}</span></th>
              <td className="before">{c.before ?? ''}</td>
              <td className="after">{c.after ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
