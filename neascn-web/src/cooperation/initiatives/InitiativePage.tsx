import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useIdentity } from '../../auth/useIdentity';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import { command, networkPath, useNames, useNetworkJson, useRecord, type Initiative, type Screening, type TimelineView } from '../api';
import { Refusal } from '../Refusal';
import { TimelineList } from '../timeline/TimelineList';
import { useCommand } from '../useCommand';
import { Milestones } from './Milestones';
import { Lifecycle } from './Lifecycle';
import { SanctionsBadge } from './SanctionsBadge';

/** One initiative: who takes part, partners, milestones on a timeline, the lead's hand-over, its audit trail. */
export default function InitiativePage() {
  const { t } = useTranslation(['cooperation', 'codes']);
  const { network = '', id = '' } = useParams();
  const initiative = useRecord<Initiative>(network, 'initiatives', id);
  const screening = useNetworkJson<Screening>(network, `initiatives/${id}/sanctions-screening`);
  const timeline = useNetworkJson<TimelineView>(network, `initiatives/${id}/timeline`);
  const members = useNames(network, 'members');
  const partners = useNames(network, 'partners');
  const identity = useIdentity();
  useTitle(initiative.data?.displayName ?? t('initiative.title'));
  const [heir, setHeir] = useState('');
  const handOver = useCommand(network, (member: string) => command(networkPath(network, `initiatives/${id}/hand-over`), { member }));

  if (initiative.isPending) return <Waiting />;
  if (initiative.isError) return <ProblemView error={initiative.error} />;
  const record = initiative.data.record!;
  const isLead = identity.kind === 'secretariat' || (identity.kind === 'member-editor' && identity.member === record.lead);

  function submitHandOver(event: FormEvent) {
    event.preventDefault();
    if (heir) handOver.run(heir);
  }

  return (
    <article>
      <h1><Localized value={record.title} /></h1>
      <p>
        <span className="badge" data-status={record.status}>{t(`status.${record.status}`)}</span>{' '}
        {t('initiative.theme')}: <Localized value={record.theme?.label} />
      </p>
      {record.statusReason && <p>{t('initiative.reason')}: <Localized value={record.statusReason} /></p>}
      {screening.data && (
        <div>
          <SanctionsBadge status={screening.data.status ?? 'CLEAR'} summary={screening.data.subject} />
          {(screening.data.hits ?? []).map((hit, i) => (
            <p key={i} className="muted">{hit.explanation}</p>
          ))}
        </div>
      )}
      <Lifecycle network={network} initiative={initiative.data} />

      <h2>{t('initiative.members')}</h2>
      <ul>
        {(record.members ?? []).map((m) => (
          <li key={m}>{members.get(m) ?? m}{m === record.lead && <strong> · {t('initiative.lead')}</strong>}</li>
        ))}
      </ul>
      {isLead && (
        <form onSubmit={submitHandOver} className="inline-form">
          <label>
            {t('initiative.handOverTo')}{' '}
            <select value={heir} onChange={(e) => setHeir(e.target.value)}>
              <option value="">{t('initiative.choose')}</option>
              {(record.members ?? []).filter((m) => m !== record.lead).map((m) => (
                <option key={m} value={m}>{members.get(m) ?? m}</option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!heir || handOver.busy}>{t('initiative.handOver')}</button>
          <Refusal error={handOver.error} />
        </form>
      )}

      <h2>{t('initiative.partners')}</h2>
      {(record.partners ?? []).length === 0 ? <p className="muted">{t('initiative.noPartners')}</p> : (
        <ul>
          {(record.partners ?? []).map((p, i) => (
            <li key={i}>{partners.get(p.partner ?? '') ?? p.partner} ({t(`orgRole.${p.role}`, { defaultValue: p.role })})</li>
          ))}
        </ul>
      )}

      <h2>{t('initiative.milestones')}</h2>
      <Milestones network={network} id={id} milestones={record.milestones ?? []} canPlan={identity.kind !== 'public'} />

      <h2>{t('initiative.auditTrail')}</h2>
      <TimelineList network={network} timeline={timeline.data} />
    </article>
  );
}
