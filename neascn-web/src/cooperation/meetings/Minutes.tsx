import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../../auth/useIdentity';
import type { RecordView } from '../../api/types';
import { Localized } from '../../ui/Localized';
import { command, networkPath, ownerKey, useNames, type AgendaItem, type Meeting, type Takeaway } from '../api';
import { ActionStatus } from '../actions/ActionStatus';
import { freshKey } from '../keys';
import { Refusal } from '../Refusal';
import { useCommand } from '../useCommand';
import { OwnerPicker, ownerRef } from './OwnerPicker';

type Kind = 'INFORMATION' | 'DECISION' | 'ACTION';

function flatten(items: AgendaItem[]): AgendaItem[] {
  return items.flatMap((i) => [i, ...flatten(i.parts ?? [])]);
}

/**
 * The live minutes: an outcome per agenda item (information, decision or action), takeaways,
 * and the action items made from them with owner and due date, whose status their owners move.
 */
export function Minutes({ network, meeting }: { network: string; meeting: RecordView<Meeting> }) {
  const { t, i18n } = useTranslation('cooperation');
  const identity = useIdentity();
  const members = useNames(network, 'members');
  const partners = useNames(network, 'partners');
  const record = meeting.record!;
  const id = meeting.id ?? '';
  const items = flatten(record.agenda ?? []);
  const secretariat = identity.kind === 'secretariat';
  const [agendaItem, setAgendaItem] = useState('');
  const [kind, setKind] = useState<Kind>('DECISION');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [description, setDescription] = useState('');
  const [actionFrom, setActionFrom] = useState<string>();
  const texted = (value: string) => ({ original: i18n.language, texts: { [i18n.language]: value } });

  const record_ = useCommand(network, (body: { path: string; payload: unknown }) => command(networkPath(network, body.path), body.payload));

  function action() {
    return { key: freshKey('action'), description: texted(description || text), owner: ownerRef(owner), due: due || undefined };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const done = { onSuccess: () => { setText(''); setDescription(''); setOwner(''); setDue(''); } };
    if (kind === 'ACTION') {
      record_.run({ path: `meetings/${id}/agenda-outcomes`, payload: { agendaItem, outcomeKey: freshKey('outcome'), outcome: texted(text), action: action() } }, done);
    } else {
      record_.run({ path: `meetings/${id}/takeaways`, payload: { key: freshKey('outcome'), text: texted(text), agendaItem: agendaItem || undefined, kind } }, done);
    }
  }

  function turnIntoAction(event: FormEvent, takeaway: Takeaway) {
    event.preventDefault();
    record_.run({ path: `meetings/${id}/takeaways/${takeaway.key}/action-items`, payload: action() },
      { onSuccess: () => { setActionFrom(undefined); setOwner(''); setDue(''); setDescription(''); } });
  }

  const titleOf = (key?: string | null) => {
    const found = items.find((i) => i.key === key);
    return found ? <Localized value={found.title} /> : <>{t('minutes.wholeMeeting')}</>;
  };
  const mine = (o: { kind?: string; id?: string }) =>
    secretariat || (identity.kind === 'member-editor' && o.kind === 'MEMBER' && o.id === identity.member)
    || (identity.kind === 'partner' && o.kind === 'PARTNER' && o.id === identity.partner);

  return (
    <section aria-labelledby="minutes">
      <h2 id="minutes">{t('minutes.title')}</h2>
      <h3>{t('minutes.takeaways')}</h3>
      {(record.takeaways ?? []).length === 0 ? <p className="muted">{t('minutes.noTakeaways')}</p> : (
        <ul className="takeaways">
          {(record.takeaways ?? []).map((tk) => (
            <li key={tk.key} data-takeaway={tk.key}>
              <span className="badge">{t(`outcome.${tk.kind ?? 'INFORMATION'}`)}</span> {titleOf(tk.agendaItem)}: <Localized value={tk.text} />
              {secretariat && !(record.actionItems ?? []).some((a) => a.takeaway === tk.key) && actionFrom !== tk.key && (
                <button type="button" onClick={() => setActionFrom(tk.key)}>{t('minutes.makeAction')}</button>
              )}
              {actionFrom === tk.key && (
                <form className="inline-form" onSubmit={(e) => turnIntoAction(e, tk)}>
                  <label>{t('minutes.actionDescription')} <input value={description} onChange={(e) => setDescription(e.target.value)} required /></label>
                  <OwnerPicker id={`owner-${tk.key}`} value={owner} onChange={setOwner} members={members} partners={partners} />
                  <label>{t('minutes.due')} <input type="date" value={due} onChange={(e) => setDue(e.target.value)} /></label>
                  <button type="submit" disabled={record_.busy}>{t('minutes.createAction')}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}

      {secretariat && (
        <form className="minutes-form" onSubmit={submit} aria-labelledby="record-outcome">
          <h3 id="record-outcome">{t('minutes.recordOutcome')}</h3>
          <label>{t('minutes.agendaItem')}{' '}
            <select value={agendaItem} onChange={(e) => setAgendaItem(e.target.value)} required={kind === 'ACTION'}>
              <option value="">{t('minutes.wholeMeeting')}</option>
              {items.map((i) => <option key={i.key} value={i.key}>{i.title?.texts?.[i.title.original ?? 'en'] ?? i.key}</option>)}
            </select>
          </label>
          <fieldset>
            <legend>{t('minutes.kind')}</legend>
            {(['INFORMATION', 'DECISION', 'ACTION'] as const).map((k) => (
              <label key={k} className="choice"><input type="radio" name="outcome-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`outcome.${k}`)}</label>
            ))}
          </fieldset>
          <label>{t('minutes.outcome')} <textarea value={text} onChange={(e) => setText(e.target.value)} required rows={2} /></label>
          {kind === 'ACTION' && (
            <>
              <label>{t('minutes.actionDescription')} <input value={description} onChange={(e) => setDescription(e.target.value)} /></label>
              <OwnerPicker id="outcome-owner" value={owner} onChange={setOwner} members={members} partners={partners} />
              <label>{t('minutes.due')} <input type="date" value={due} onChange={(e) => setDue(e.target.value)} /></label>
            </>
          )}
          <button type="submit" className="primary" disabled={record_.busy}>{t('minutes.save')}</button>
        </form>
      )}
      <Refusal error={record_.error} />

      <h3>{t('minutes.actionItems')}</h3>
      {(record.actionItems ?? []).length === 0 ? <p className="muted">{t('minutes.noActions')}</p> : (
        <table className="table">
          <thead><tr><th scope="col">{t('minutes.action')}</th><th scope="col">{t('minutes.owner')}</th><th scope="col">{t('minutes.due')}</th><th scope="col">{t('minutes.status')}</th></tr></thead>
          <tbody>
            {(record.actionItems ?? []).map((a) => (
              <tr key={a.key} data-action={a.key}>
                <td><Localized value={a.description} /></td>
                <td>{(a.owner?.kind === 'PARTNER' ? partners : members).get(a.owner?.id ?? '') ?? ownerKey(a.owner)}</td>
                <td>{a.due ?? '–'}</td>
                <td><ActionStatus network={network} meeting={id} item={a} allowed={mine(a.owner ?? {})} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
