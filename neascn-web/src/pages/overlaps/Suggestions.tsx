import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { Initiative, RecordView, Suggestion } from '../../api/types';
import type { components } from '../../api/schema.gen';
import { useIdentity } from '../../auth/useIdentity';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { choose } from '../../records/localized';

type SuggestionList = components['schemas']['SuggestionList'];

/**
 * Themes three or more members share, as the server suggests them, with members, partners that
 * fit and sanctions flags; "start an initiative" proposes one from a suggestion (the secretariat,
 * or the editor of a member in it, who then leads it).
 */
export function Suggestions({ network, memberName }: { network: string; memberName: (id: string) => string }) {
  const { t, i18n } = useTranslation(['overlaps', 'codes']);
  const identity = useIdentity();
  const suggestions = useQuery({
    queryKey: [network, 'suggested-initiatives'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/suggested-initiatives', { params: { path: { network } } })) as Promise<SuggestionList>,
  });
  const queries = useQueryClient();
  const [started, setStarted] = useState<Record<number, string>>({});
  const start = useMutation({
    mutationFn: async ({ suggestion, index }: { suggestion: Suggestion; index: number }) => {
      const lead = identity.kind === 'member-editor' && suggestion.members?.includes(identity.member) ? identity.member : suggestion.proposedLead!;
      const slug = choose(suggestion.title, 'en').text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'initiative';
      const body: Initiative = {
        id: `${slug}-${Date.now().toString(36)}`,
        network,
        title: suggestion.title!,
        theme: suggestion.theme!,
        lead,
        members: suggestion.members ?? [],
        targets: suggestion.targets ?? [],
        projects: suggestion.projects ?? [],
        partners: [],
        milestones: [],
        status: 'PROPOSED',
      };
      const created = (await ok<unknown>(api.POST('/api/v1/networks/{network}/initiatives', { params: { path: { network } }, body }))) as RecordView<Initiative>;
      return { index, id: created.id ?? body.id };
    },
    onSuccess: async ({ index, id }) => {
      setStarted((s) => ({ ...s, [index]: id }));
      await queries.invalidateQueries({ queryKey: [network, 'initiatives'] });
    },
  });
  const canStart = (s: Suggestion) => identity.kind === 'secretariat' || (identity.kind === 'member-editor' && (s.members ?? []).includes(identity.member));
  if (suggestions.isPending) return <Waiting what={t('overlaps:suggesting')} />;
  if (suggestions.isError) return <ProblemView error={suggestions.error} />;
  const list = suggestions.data.suggestions ?? [];
  return (
    <section aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('overlaps:suggestions')}</h2>
      {list.length === 0 && <p className="muted">{t('overlaps:noSuggestions')}</p>}
      <ul className="cards">
        {list.map((s, i) => (
          <li key={i} className="card" data-flagged={s.flagged}>
            <h3><Localized value={s.title} /></h3>
            <p className="muted">{s.theme?.kind === 'FOCUS_AREA' || s.theme?.kind === 'SDG_TARGET' ? <Localized value={s.theme.label} /> : <Localized value={s.theme?.label} />}</p>
            <p>{t('overlaps:members')}: {(s.members ?? []).map(memberName).join(', ')}</p>
            {s.proposedLead && <p>{t('overlaps:lead')}: {memberName(s.proposedLead)}</p>}
            {(s.partners ?? []).length > 0 && <p>{t('overlaps:partners')}: {(s.partners ?? []).map((p) => `${p.partner} (${(p.roles ?? []).map((r) => t(`codes:role.${r}`)).join(', ')})`).join('; ')}</p>}
            {(s.sanctions ?? []).map((f, j) => (
              <p key={j} className="badge danger" role="note">{t('overlaps:sanctionsFlag')}: <Localized value={f.regimeName} /> — {f.reason}</p>
            ))}
            {s.cohesion !== undefined && <p className="muted">{t('overlaps:cohesion')}: {new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(s.cohesion)}</p>}
            {started[i] ? <p role="status" className="badge ok">{t('overlaps:started', { id: started[i] })}</p> : canStart(s) && (
              <button type="button" className="primary" disabled={start.isPending} onClick={() => start.mutate({ suggestion: s, index: i })}>{t('overlaps:startInitiative')}</button>
            )}
          </li>
        ))}
      </ul>
      {start.error && <ProblemView error={start.error} />}
    </section>
  );
}
