import { useQuery } from '@tanstack/react-query';
import { fetchAll } from '../../api/lists';
import { rawFetch } from '../../api/client';
import type { Overlap, Plan, RecordView } from '../../api/types';

export interface MatrixPlan {
  plan: string;
  member: string;
  name: string;
}

export interface Matrix {
  plans: MatrixPlan[];
  /** Score by "planA|planB", both orders. */
  scores: Map<string, number>;
  /** Each plan's overlaps, best first, as the server ranked them. */
  neighbours: Map<string, Overlap[]>;
}

const CONCURRENCY = 4;

/**
 * The city × city matrix, assembled from each current plan's top overlaps (the API ranks each
 * plan's overlaps; a pair outside both plans' top list is shown as not among them). The plans
 * are asked a few at a time, and progress is reported, since a large network takes a while.
 */
export function useOverlapMatrix(network: string, onProgress: (done: number, total: number) => void) {
  return useQuery({
    queryKey: [network, 'overlaps', 'matrix'],
    queryFn: async (): Promise<Matrix> => {
      const all = await fetchAll<Plan>(network, 'plans', { sort: 'member' });
      const current = currentPlans(all);
      const scores = new Map<string, number>();
      const neighbours = new Map<string, Overlap[]>();
      let done = 0;
      onProgress(0, current.length);
      const queue = [...current];
      async function worker() {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const response = await rawFetch(`/api/v1/networks/${encodeURIComponent(network)}/overlaps?plan=${encodeURIComponent(next.plan)}`, { headers: { Accept: 'application/json' } });
          const list = (await response.json()) as { overlaps?: Overlap[] };
          const overlaps = list.overlaps ?? [];
          neighbours.set(next.plan, overlaps);
          for (const o of overlaps) {
            if (!o.planA || !o.planB || o.score === undefined) continue;
            scores.set(`${o.planA}|${o.planB}`, o.score);
            scores.set(`${o.planB}|${o.planA}`, o.score);
          }
          onProgress(++done, current.length);
        }
      }
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, current.length) }, worker));
      return { plans: current, scores, neighbours };
    },
    staleTime: 60_000,
  });
}

/** One plan per member: the published one where there is one, else the member's latest the caller may read. */
function currentPlans(plans: RecordView<Plan>[]): MatrixPlan[] {
  const byMember = new Map<string, RecordView<Plan>>();
  for (const p of plans) {
    const member = p.record?.member ?? '';
    const kept = byMember.get(member);
    const better = !kept || (p.record?.status === 'PUBLISHED' && kept.record?.status !== 'PUBLISHED')
      || (p.record?.status === kept.record?.status && (p.record?.version ?? 0) > (kept.record?.version ?? 0));
    if (p.record?.status !== 'SUPERSEDED' && better) byMember.set(member, p);
  }
  return [...byMember.values()].map((p) => ({ plan: p.id ?? '', member: p.record?.member ?? '', name: p.displayName ?? p.id ?? '' }));
}
