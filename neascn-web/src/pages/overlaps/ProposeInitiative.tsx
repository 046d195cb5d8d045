import { Link } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Initiative, RecordView, Suggestion } from '../../api/types';
import { Refusal } from '../../cooperation/Refusal';
import { choose } from '../../records/localized';

/**
 * A member editor's own proposal from a suggestion its member is part of: an initiative the
 * member leads, with the suggestion's members, theme, targets and projects. The initiative
 * rules allow a member's editor to propose one it leads; deciding on the suggestion itself
 * stays the secretariat's, so the suggestion remains on the list for it.
 */
export function ProposeInitiative({ network, suggestion: s, member }: { network: string; suggestion: Suggestion; member: string }) {
  const { t } = useTranslation('overlaps');
  const queries = useQueryClient();
  const propose = useMutation({
    mutationFn: async () => {
      const slug = choose(s.title, 'en').text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'initiative';
      const body: Initiative = {
        id: `${slug}-${Date.now().toString(36)}`,
        network,
        title: s.title!,
        theme: s.theme!,
        lead: member,
        members: s.members ?? [],
        targets: s.targets ?? [],
        projects: s.projects ?? [],
        partners: [],
        milestones: [],
        status: 'PROPOSED',
      };
      const created = (await ok<unknown>(api.POST('/api/v1/networks/{network}/initiatives', { params: { path: { network } }, body }))) as RecordView<Initiative>;
      return created.id ?? body.id;
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: [network, 'initiatives'] }),
  });
  return (
    <div className="suggestion-decision">
      <p className="muted">{t('proposeNote')}</p>
      {propose.data ? (
        <p role="status" className="badge ok">
          {t('started', { id: propose.data })}{' '}
          <Link to={`/networks/${encodeURIComponent(network)}/initiatives/${encodeURIComponent(propose.data)}`}>{t('openInitiative', { id: propose.data })}</Link>
        </p>
      ) : (
        <button type="button" className="primary" disabled={propose.isPending} onClick={() => propose.mutate()}>{t('startInitiative')}</button>
      )}
      <Refusal error={propose.error} />
    </div>
  );
}
