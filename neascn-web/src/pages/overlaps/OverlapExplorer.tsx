import { useCallback, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAll } from '../../api/lists';
import type { Member } from '../../api/types';
import { formatNumber } from '../../records/format';
import { Empty } from '../../ui/Empty';
import { ProblemView } from '../../ui/ProblemView';
import { useTitle } from '../../ui/useTitle';
import { Explanation } from './Explanation';
import { HeatMatrix } from './HeatMatrix';
import { Suggestions } from './Suggestions';
import { useOverlapMatrix } from './useOverlapMatrix';

/**
 * `/networks/{network}/overlaps`: the city × city heat matrix of overlap scores, the reasons for
 * any pair side by side, similar cities per city, and the cooperation initiatives suggested.
 */
export default function OverlapExplorer() {
  const { network = '' } = useParams();
  const { t, i18n } = useTranslation(['overlaps', 'common']);
  useTitle(t('overlaps:title'));
  const [search, setSearch] = useSearchParams();
  const [progress, setProgress] = useState<[number, number]>([0, 0]);
  const onProgress = useCallback((done: number, total: number) => setProgress([done, total]), []);
  const matrix = useOverlapMatrix(network, onProgress);
  const members = useAll<Member>(network, 'members');
  const memberName = (id: string) => members.data?.find((m) => m.id === id)?.displayName ?? id;
  const planMember = (plan: string) => matrix.data?.plans.find((p) => p.plan === plan)?.member ?? plan;
  const nameOf = (plan: string) => memberName(planMember(plan));
  const a = search.get('a') ?? '';
  const b = search.get('b') ?? '';
  function pick(x: string, y: string) {
    setSearch({ a: x, b: y }, { replace: true });
    requestAnimationFrame(() => document.getElementById('why-title')?.scrollIntoView({ block: 'start' }));
  }
  return (
    <section className="overlaps">
      <h1>{t('overlaps:title')}</h1>
      <p className="muted">{t('overlaps:intro')}</p>
      {matrix.isPending && (
        <div role="status" className="waiting">
          <progress max={Math.max(1, progress[1])} value={progress[0]} aria-label={t('overlaps:analysing')} />
          <span>{t('overlaps:progress', { done: progress[0], total: progress[1] })}</span>
        </div>
      )}
      {matrix.isError && <ProblemView error={matrix.error} onRetry={() => void matrix.refetch()} />}
      {matrix.data && (matrix.data.plans.length < 2 ? (
        <Empty title={t('overlaps:tooFew')}>{t('overlaps:tooFewHint')}</Empty>
      ) : (
        <HeatMatrix matrix={matrix.data} memberName={memberName} selected={a && b ? [a, b] : undefined} onPick={pick} />
      ))}
      {/* A link to a pair explains it at once: the matrix of a large network takes a while, the pair does not. */}
      {a && b && <Explanation network={network} a={a} b={b} nameOf={nameOf} memberName={memberName} />}
      {matrix.data && matrix.data.plans.length >= 2 && (
        <>
          <section aria-labelledby="similar-title">
            <h2 id="similar-title">{t('overlaps:similar')}</h2>
            <div className="cards">
              {matrix.data.plans.map((p) => {
                const top = (matrix.data.neighbours.get(p.plan) ?? []).slice(0, 3);
                return (
                  <div key={p.plan} className="card">
                    <h3>{memberName(p.member)}</h3>
                    {top.length === 0 ? <p className="muted">{t('overlaps:noSimilar')}</p> : (
                      <ol>
                        {top.map((o) => {
                          const other = o.planA === p.plan ? o.planB! : o.planA!;
                          return <li key={other}><button type="button" className="link" onClick={() => pick(p.plan, other)}>{nameOf(other)}</button> ({formatNumber(o.score, i18n.language, 2)})</li>;
                        })}
                      </ol>
                    )}
                  </div>
                );
              })}
            </div>
          </section>
        </>
      )}
      <Suggestions network={network} memberName={memberName} />
    </section>
  );
}
