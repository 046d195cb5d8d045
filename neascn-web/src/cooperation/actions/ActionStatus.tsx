import { useTranslation } from 'react-i18next';
import { command, networkPath, type ActionItem } from '../api';
import { Refusal } from '../Refusal';
import { useCommand } from '../useCommand';

type Status = NonNullable<ActionItem['status']>;

/** The moves an action item's owner or the secretariat offers in place; the server decides who may. */
const NEXT: Record<Status, Status[]> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['OPEN', 'DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

export function ActionStatus({ network, meeting, item, allowed }: { network: string; meeting: string; item: { key?: string; status?: Status }; allowed: boolean }) {
  const { t } = useTranslation('cooperation');
  const change = useCommand(network, (status: Status) =>
    command(networkPath(network, `meetings/${meeting}/action-items/${item.key}/status`), { status }));
  const status = item.status ?? 'OPEN';
  return (
    <span className="action-status">
      <span className={`badge status-${status.toLowerCase()}`}>{t(`actionStatus.${status}`)}</span>
      {allowed && NEXT[status].map((to) => (
        <button key={to} type="button" disabled={change.busy} onClick={() => change.run(to)}
          aria-label={t('actions.markAria', { action: t(`actions.mark.${to}`), key: item.key })}>
          {t(`actions.mark.${to}`)}
        </button>
      ))}
      <Refusal error={change.error} />
    </span>
  );
}
