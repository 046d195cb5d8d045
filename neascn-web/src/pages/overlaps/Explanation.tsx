import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { useAll } from '../../api/lists';
import type { Evidence, LocalizedText, Overlap, Plan, Project, RecordView } from '../../api/types';
import { formatNumber } from '../../records/format';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { usePlan } from '../plans/usePlan';

type ItemRef = NonNullable<Evidence['fromA']>[number];
type Words = NonNullable<Evidence['wordsA']>[number];

/**
 * Why two plans overlap, side by side: for each dimension, the matched items of each plan (in
 * the reader's language or their original, marked), what they matched on (the concept's label,
 * the focus area's or indicator's name, in the reader's language where the server has one), the
 * words each plan wrote for it in its own language, and what it added. The server's English
 * `matchedOn` is for logs and one-language clients; the reader gets `subject` instead.
 */
export function Explanation({ network, a, b, nameOf: fromMatrix, memberName }: {
  network: string; a: string; b: string; nameOf: (plan: string) => string; memberName: (member: string) => string;
}) {
  const { t, i18n } = useTranslation(['overlaps', 'codes']);
  const overlap = useQuery({
    queryKey: [network, 'overlaps', a, b],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/overlaps/{planA}/{planB}', { params: { path: { network, planA: a, planB: b } } })) as Promise<Overlap>,
  });
  const planA = usePlan(network, a);
  const planB = usePlan(network, b);
  const projectsA = useAll<Project>(network, 'projects', { plan: a });
  const projectsB = useAll<Project>(network, 'projects', { plan: b });
  // Before the matrix is in, a plan is named by its member as the plan's own record says.
  const nameOf = (plan: string) => {
    const member = (plan === a ? planA : planB).data?.body?.record?.member;
    return fromMatrix(plan) === plan && member ? memberName(member) : fromMatrix(plan);
  };
  if (overlap.isPending) return <Waiting what={t('overlaps:explaining')} />;
  if (overlap.isError) return <ProblemView error={overlap.error} />;
  const o = overlap.data;
  const resolve = (ref: ItemRef) => textOf(ref, ref.plan === a ? planA.data?.body : planB.data?.body, ref.plan === a ? projectsA.data : projectsB.data);
  return (
    <section className="explanation" aria-labelledby="why-title">
      <h2 id="why-title">{t('overlaps:why', { a: nameOf(a), b: nameOf(b) })}</h2>
      <p>{t('overlaps:score')}: <strong data-score={o.score}>{formatNumber(o.score, i18n.language, 3)}</strong></p>
      {(o.evidence ?? []).length === 0 && <p className="muted">{t('overlaps:nothingShared')}</p>}
      {(o.evidence ?? []).length > 0 && (
        <div className="table-wrap">
          <table className="evidence">
            <caption className="sr-only">{t('overlaps:evidenceCaption', { a: nameOf(a), b: nameOf(b) })}</caption>
            <thead>
              <tr><th scope="col">{nameOf(a)}</th><th scope="col">{t('overlaps:dimension')}</th><th scope="col">{nameOf(b)}</th></tr>
            </thead>
            <tbody>
              {(o.evidence ?? []).map((e, i) => (
                <tr key={i} data-component={e.component}>
                  <td data-label={nameOf(a)} data-side="a">
                    <ul>{(e.fromA ?? []).map((r, j) => <li key={j}><ItemText item={resolve(r)} kind={r.kind} /></li>)}</ul>
                    <MatchedWords words={e.wordsA} city={nameOf(a)} />
                  </td>
                  <td className="evidence-middle">
                    <strong>{t(`codes:component.${e.component}`)}</strong>
                    {e.subject && <div className="evidence-subject" data-subject><Localized value={e.subject} /></div>}
                    <div>{t('overlaps:contribution')}: {formatNumber(e.contribution, i18n.language, 3)}</div>
                  </td>
                  <td data-label={nameOf(b)} data-side="b">
                    <ul>{(e.fromB ?? []).map((r, j) => <li key={j}><ItemText item={resolve(r)} kind={r.kind} /></li>)}</ul>
                    <MatchedWords words={e.wordsB} city={nameOf(b)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The words one side wrote for what matched, each in its own language (marked up with lang, so fonts and screen readers switch). */
function MatchedWords({ words, city }: { words: Words[] | undefined; city: string }) {
  const { t } = useTranslation('overlaps');
  const all = (words ?? []).flatMap((w) => (w.words ?? []).map((word) => ({ word, language: w.language ?? '' })));
  if (all.length === 0) return null;
  return (
    <div className="matched-words">
      <span className="muted">{t('wordsMatched')}</span>
      <ul className="chips" aria-label={t('wordsOf', { city })}>
        {all.map((w, i) => <li key={i} className="word" lang={w.language || undefined}>{w.word}</li>)}
      </ul>
    </div>
  );
}

function ItemText({ item, kind }: { item: LocalizedText | string | undefined; kind: ItemRef['kind'] }) {
  const { t } = useTranslation('codes');
  const label = kind ? <span className="badge">{t(`itemKind.${kind}`)}</span> : null;
  if (item === undefined) return <>{label}</>;
  return <>{label} {typeof item === 'string' ? item : <Localized value={item} />}</>;
}

/** The text of a matched item: the plan's vision, a target by key, a project by id. */
function textOf(ref: ItemRef, plan: RecordView<Plan> | undefined, projects: RecordView<Project>[] | undefined): LocalizedText | string | undefined {
  if (ref.kind === 'PLAN') return plan?.record?.vision ?? ref.plan;
  if (ref.kind === 'TARGET') return plan?.record?.targets?.find((x) => x.key === ref.key)?.text ?? ref.key;
  if (ref.kind === 'PROJECT') return projects?.find((x) => x.id === ref.key)?.record?.title ?? ref.key;
  return ref.key;
}
