import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../../auth/useIdentity';
import type { RecordView } from '../../api/types';
import { command, networkPath, type Initiative, type InitiativeStatus } from '../api';
import { Refusal } from '../Refusal';
import { useCommand } from '../useCommand';
import { COLUMNS, commandBetween, nextColumn } from './moves';

/** The initiative's lifecycle commands: the next step, suspend or cancel with a reason, resume. */
export function Lifecycle({ network, initiative }: { network: string; initiative: RecordView<Initiative> }) {
  const { t, i18n } = useTranslation('cooperation');
  const identity = useIdentity();
  const [reason, setReason] = useState('');
  const [resumeTo, setResumeTo] = useState<InitiativeStatus>('PROPOSED');
  const id = initiative.id ?? '';
  const status = initiative.record?.status as InitiativeStatus;
  const run = useCommand(network, ({ verb, body }: { verb: string; body?: unknown }) =>
    command(networkPath(network, `initiatives/${id}/${verb}`), body, initiative.version));
  if (identity.kind === 'public') return null;
  const next = nextColumn(status);
  const open = COLUMNS.includes(status) && status !== 'COMPLETED';
  const text = { original: i18n.language, texts: { [i18n.language]: reason } };
  return (
    <div className="lifecycle">
      {next && (
        <button type="button" className="primary" disabled={run.busy}
          onClick={() => run.run({ verb: commandBetween(status, next)! })}>
          {t('board.moveTo', { state: t(`status.${next}`) })}
        </button>
      )}
      {(open || status === 'SUSPENDED') && (
        <span className="inline-form">
          <label>{t('lifecycle.reason')} <input value={reason} onChange={(e) => setReason(e.target.value)} /></label>
          {open && <button type="button" disabled={run.busy} onClick={() => run.run({ verb: 'suspend', body: { reason: text } })}>{t('lifecycle.suspend')}</button>}
          <button type="button" className="danger" disabled={run.busy} onClick={() => run.run({ verb: 'cancel', body: { reason: text } })}>{t('lifecycle.cancel')}</button>
        </span>
      )}
      {status === 'SUSPENDED' && (
        <span className="inline-form">
          <label>{t('lifecycle.resumeTo')}{' '}
            <select value={resumeTo} onChange={(e) => setResumeTo(e.target.value as InitiativeStatus)}>
              {COLUMNS.filter((c) => c !== 'COMPLETED').map((c) => <option key={c} value={c}>{t(`status.${c}`)}</option>)}
            </select>
          </label>
          <button type="button" disabled={run.busy} onClick={() => run.run({ verb: 'resume', body: { to: resumeTo } })}>{t('lifecycle.resume')}</button>
        </span>
      )}
      <Refusal error={run.error} />
    </div>
  );
}
