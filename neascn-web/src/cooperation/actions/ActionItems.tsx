import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useIdentity } from '../../auth/useIdentity';
import { Empty } from '../../ui/Empty';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import { useNames, useNetworkJson, type ActionItemEntry, type OwnerOverdue } from '../api';
import { ActionStatus } from './ActionStatus';

/**
 * My action items (those of the signed-in role's organisation, overdue first) and everything
 * overdue in the network, per owner; owners and the secretariat change a status in place.
 */
export default function ActionItems() {
  const { t } = useTranslation('cooperation');
  useTitle(t('actions.title'));
  const { network = '' } = useParams();
  const identity = useIdentity();
  const owner = identity.kind === 'member-editor' ? `member:${identity.member}` : identity.kind === 'partner' ? `partner:${identity.partner}` : '';
  const mine = useNetworkJson<ActionItemEntry[]>(network, `action-items?owner=${encodeURIComponent(owner)}&status=OPEN,IN_PROGRESS`, owner !== '');
  const overdue = useNetworkJson<OwnerOverdue[]>(network, 'action-items/overdue');
  const members = useNames(network, 'members');
  const partners = useNames(network, 'partners');
  const nameOf = (key: string) => {
    const [kind, id = ''] = key.split(':', 2);
    return (kind === 'partner' ? partners : members).get(id) ?? key;
  };
  const mayChange = (ownerKey: string) => identity.kind === 'secretariat' || ownerKey === owner;

  return (
    <section>
      <h1>{t('actions.title')}</h1>
      {owner ? (
        <section aria-labelledby="mine">
          <h2 id="mine">{t('actions.mine', { owner: nameOf(owner) })}</h2>
          {mine.isPending ? <Waiting /> : mine.isError ? <ProblemView error={mine.error} /> : mine.data.length === 0 ? (
            <Empty title={t('actions.noneMine')}>{t('actions.noneMineDetail')}</Empty>
          ) : (
            <table className="table" data-testid="my-actions">
              <thead><tr><th scope="col">{t('minutes.action')}</th><th scope="col">{t('actions.meeting')}</th><th scope="col">{t('minutes.due')}</th><th scope="col">{t('minutes.status')}</th></tr></thead>
              <tbody>
                {mine.data.map((a) => (
                  <tr key={`${a.meeting}/${a.key}`} data-action={a.key} className={a.overdue ? 'overdue' : undefined}>
                    <td><Localized value={a.description} />{a.overdue && <strong className="badge badge-danger"> {t('actions.overdue')}</strong>}</td>
                    <td><Link to={`/networks/${network}/meetings/${a.meeting}`}>{a.meetingTitle}</Link></td>
                    <td>{a.due ?? '–'}</td>
                    <td><ActionStatus network={network} meeting={a.meeting ?? ''} item={a} allowed={mayChange(owner)} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : (
        <p className="muted">{t('actions.signInForMine')}</p>
      )}

      <section aria-labelledby="overdue">
        <h2 id="overdue">{t('actions.overdueTitle')}</h2>
        {overdue.isPending ? <Waiting /> : overdue.isError ? <ProblemView error={overdue.error} /> : overdue.data.length === 0 ? (
          <Empty title={t('actions.noneOverdue')} />
        ) : overdue.data.map((group) => (
          <section key={group.owner} className="card" data-owner={group.owner}>
            <h3>{nameOf(group.owner ?? '')}</h3>
            <ul>
              {(group.items ?? []).map((o) => (
                <li key={`${o.meeting}/${o.item?.key}`} data-action={o.item?.key}>
                  <Localized value={o.item?.description} /> · {t('actions.overdueSince', { due: o.item?.due ?? '' })} ·{' '}
                  <Link to={`/networks/${network}/meetings/${o.meeting}`}>{o.meeting}</Link>{' '}
                  <ActionStatus network={network} meeting={o.meeting ?? ''} item={o.item ?? {}} allowed={mayChange(group.owner ?? '')} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </section>
  );
}
