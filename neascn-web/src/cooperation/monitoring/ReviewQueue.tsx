import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Empty } from '../../ui/Empty';
import { Localized } from '../../ui/Localized';
import { Waiting } from '../../ui/Waiting';
import { ProblemView } from '../../ui/ProblemView';
import { command, networkPath, useNetworkJson, type ReviewEntry } from '../api';
import { Refusal } from '../Refusal';
import { useCommand } from '../useCommand';

/** The secretariat's queue across the network: approve, or return with a comment; each decision is stamped. */
export function ReviewQueue({ network, secretariat, names }: { network: string; secretariat: boolean; names: Map<string, string> }) {
  const { t } = useTranslation('cooperation');
  const queue = useNetworkJson<ReviewEntry[]>(network, 'review-queue');
  const [comments, setComments] = useState<Record<string, string>>({});
  const review = useCommand(network, ({ entry, verb, comment }: { entry: ReviewEntry; verb: 'approve' | 'return'; comment: string }) =>
    command(networkPath(network, `plans/${entry.plan}/targets/${entry.target}/indicators/${entry.indicator}/measurements/${entry.index}/${verb}`),
      verb === 'approve' ? { comment: comment || undefined } : { reason: comment }));
  if (queue.isPending) return <Waiting />;
  if (queue.isError) return <ProblemView error={queue.error} />;
  if (queue.data.length === 0) return <Empty title={t('review.empty')}>{t('review.emptyDetail')}</Empty>;
  return (
    <>
      <table className="table" data-testid="review-queue">
        <thead>
          <tr><th scope="col">{t('review.member')}</th><th scope="col">{t('review.indicator')}</th><th scope="col">{t('review.value')}</th><th scope="col">{t('monitoring.periodEnd')}</th><th scope="col">{t('monitoring.note')}</th>{secretariat && <th scope="col">{t('review.decision')}</th>}</tr>
        </thead>
        <tbody>
          {queue.data.map((e) => {
            const key = `${e.plan}/${e.target}/${e.indicator}/${e.index}`;
            return (
              <tr key={key} data-review={key}>
                <td><Link to={`/networks/${network}/plans/${e.plan}/monitoring`}>{names.get(e.member ?? '') ?? e.member}</Link></td>
                <td><Localized value={e.indicatorName} /></td>
                <td>{e.value} {e.unit}</td>
                <td>{e.date}</td>
                <td>{e.note ?? ''}</td>
                {secretariat && (
                  <td>
                    <label htmlFor={`comment-${key}`} className="sr-only">{t('review.comment')}</label>
                    <input id={`comment-${key}`} placeholder={t('review.comment')} value={comments[key] ?? ''}
                      onChange={(ev) => setComments({ ...comments, [key]: ev.target.value })} />
                    <button type="button" className="primary" disabled={review.busy} onClick={() => review.run({ entry: e, verb: 'approve', comment: comments[key] ?? '' })}>{t('review.approve')}</button>
                    <button type="button" disabled={review.busy} onClick={() => review.run({ entry: e, verb: 'return', comment: comments[key] ?? '' })}>{t('review.return')}</button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <Refusal error={review.error} />
    </>
  );
}
