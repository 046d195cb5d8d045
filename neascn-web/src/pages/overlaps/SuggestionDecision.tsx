import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Suggestion } from '../../api/types';
import type { components } from '../../api/schema.gen';
import { Refusal } from '../../cooperation/Refusal';
import type { Decided } from './Suggestions';

type Accepted = components['schemas']['Accepted'];

/**
 * The secretariat's decision on a suggestion, by the server's commands (so that the decision is
 * recorded and on the audit trail): accept it as a proposed initiative, led by the proposed lead
 * or another of its members; or dismiss it with a reason, which keeps it away until its evidence
 * changes. A refusal is shown here with its rule in the reader's language.
 */
export function SuggestionDecision({ network, suggestion: s, memberName, onDecided }: {
  network: string; suggestion: Suggestion; memberName: (id: string) => string; onDecided: (d: Decided) => void;
}) {
  const { t } = useTranslation('overlaps');
  const ids = useId();
  const queries = useQueryClient();
  const [lead, setLead] = useState(s.proposedLead ?? '');
  const [reason, setReason] = useState('');
  const sanctioned = new Set((s.sanctions ?? []).flatMap((f) => f.members ?? []));
  const path = { network, suggestion: s.id ?? '' };
  const refresh = () => Promise.all([
    queries.invalidateQueries({ queryKey: [network, 'suggested-initiatives'] }),
    queries.invalidateQueries({ queryKey: [network, 'initiatives'] }),
    queries.invalidateQueries({ queryKey: [network, 'cooperation'] }),
  ]);
  const accept = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/networks/{network}/suggested-initiatives/{suggestion}/accept', {
      params: { path }, body: lead ? { lead } : {},
    })) as Promise<Accepted>,
    onSuccess: async (accepted) => {
      onDecided({ kind: 'accepted', title: s.title, initiative: accepted.initiative?.id ?? '' });
      await refresh();
    },
  });
  const dismiss = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/networks/{network}/suggested-initiatives/{suggestion}/dismiss', {
      params: { path }, body: { reason: reason.trim() },
    })),
    onSuccess: async () => {
      onDecided({ kind: 'dismissed', title: s.title, reason: reason.trim() });
      await refresh();
    },
  });
  const busy = accept.isPending || dismiss.isPending;
  function onAccept(e: FormEvent) {
    e.preventDefault();
    dismiss.reset();
    accept.mutate();
  }
  function onDismiss(e: FormEvent) {
    e.preventDefault();
    accept.reset();
    dismiss.mutate();
  }
  return (
    <div className="suggestion-decision">
      <form onSubmit={onAccept} aria-labelledby={`${ids}-accept`}>
        <label>{t('acceptLead')}{' '}
          <select value={lead} onChange={(e) => setLead(e.target.value)} required={!s.proposedLead}>
            {!s.proposedLead && <option value="">{t('chooseLead')}</option>}
            {(s.members ?? []).map((m) => (
              <option key={m} value={m}>{memberName(m)}{sanctioned.has(m) ? ` (${t('sanctionsFlag')})` : ''}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" id={`${ids}-accept`} disabled={busy}>{t('accept')}</button>
      </form>
      <form onSubmit={onDismiss} aria-labelledby={`${ids}-dismiss`}>
        <label>{t('dismissReason')}
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} required rows={2} maxLength={2000} />
        </label>
        <button type="submit" id={`${ids}-dismiss`} disabled={busy || reason.trim() === ''}>{t('dismiss')}</button>
      </form>
      <Refusal error={accept.error ?? dismiss.error} />
    </div>
  );
}
