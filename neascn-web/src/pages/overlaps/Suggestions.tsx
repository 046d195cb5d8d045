import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import type { LocalizedText } from '../../api/types';
import type { components } from '../../api/schema.gen';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { SuggestionCard } from './SuggestionCard';

type SuggestionList = components['schemas']['SuggestionList'];

/** What the secretariat decided here, kept on screen after the suggestion leaves the list. */
export type Decided = { kind: 'accepted'; title?: LocalizedText; initiative: string } | { kind: 'dismissed'; title?: LocalizedText; reason: string };

/**
 * Themes three or more members share, as the server suggests them (those the secretariat has
 * decided on are left out by the server). The secretariat accepts one (it becomes a proposed
 * initiative) or dismisses it with a reason, through the server's decision commands; a member
 * editor of a member in it may propose an initiative of its own from it, which the initiative
 * rules allow (the member then leads it; the suggestion stays the secretariat's to decide).
 */
export function Suggestions({ network, memberName }: { network: string; memberName: (id: string) => string }) {
  const { t } = useTranslation(['overlaps']);
  const suggestions = useQuery({
    queryKey: [network, 'suggested-initiatives'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/suggested-initiatives', { params: { path: { network } } })) as Promise<SuggestionList>,
  });
  const [decided, setDecided] = useState<Decided[]>([]);
  const onDecided = (d: Decided) => setDecided((all) => [d, ...all]);
  return (
    <section aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('overlaps:suggestions')}</h2>
      <div role="status" aria-live="polite" className="decided">
        {decided.map((d, i) => (
          <p key={i} className={`badge ${d.kind === 'accepted' ? 'ok' : ''}`} data-decided={d.kind}>
            {d.kind === 'accepted' ? (
              <>
                {t('overlaps:accepted')} <Localized value={d.title} />{' '}
                <Link to={`/networks/${encodeURIComponent(network)}/initiatives/${encodeURIComponent(d.initiative)}`}>{t('overlaps:openInitiative', { id: d.initiative })}</Link>
              </>
            ) : (
              <>{t('overlaps:dismissed')} <Localized value={d.title} />: {d.reason}</>
            )}
          </p>
        ))}
      </div>
      {suggestions.isPending && <Waiting what={t('overlaps:suggesting')} />}
      {suggestions.isError && <ProblemView error={suggestions.error} />}
      {suggestions.data && (suggestions.data.suggestions ?? []).length === 0 && <p className="muted">{t('overlaps:noSuggestions')}</p>}
      {suggestions.data && (
        <ul className="cards">
          {(suggestions.data.suggestions ?? []).map((s) => (
            <SuggestionCard key={s.id} network={network} suggestion={s} memberName={memberName} onDecided={onDecided} />
          ))}
        </ul>
      )}
    </section>
  );
}
