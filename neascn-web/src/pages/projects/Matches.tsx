import { useTranslation } from 'react-i18next';
import type { FinancierMatch, FinancingMatches } from '../../api/types';
import { Localized } from '../../ui/Localized';

/**
 * Financiers in the server's order: matches and possible matches with their reasons, then
 * near misses with the one rule that excluded them. A project held back by sanctions screening
 * is not matched, and the page says why.
 */
export function Matches({ matches }: { network: string; matches: FinancingMatches }) {
  const { t } = useTranslation(['projects', 'codes']);
  if (matches.heldBack) {
    return <p className="problem" role="note"><strong>{t('projects:heldBack')}</strong> {matches.heldBackBecause}</p>;
  }
  // A project that seeks nothing (fully funded, say) is offered no financier; the server says why.
  if (matches.seeking === false) {
    return <p className="muted" role="note"><strong>{t('projects:notSeeking')}</strong> {matches.notSeekingBecause}</p>;
  }
  const all = matches.financiers ?? [];
  const open = all.filter((f) => f.verdict === 'MATCH' || f.verdict === 'POSSIBLE_MATCH');
  const near = all.filter((f) => f.verdict === 'NEAR_MISS');
  if (all.length === 0) return <p className="muted">{t('projects:noFinanciers')}</p>;
  return (
    <>
    {matches.need?.explanation && <p className="muted">{matches.need.explanation}</p>}
    <div className="grid-2">
      <section aria-labelledby="open-title">
        <h3 id="open-title">{t('projects:openMatches', { count: open.length })}</h3>
        {open.length === 0 ? <p className="muted">{t('projects:noMatches')}</p> : <MatchList items={open} />}
      </section>
      <section aria-labelledby="near-title">
        <h3 id="near-title">{t('projects:nearMisses', { count: near.length })}</h3>
        {near.length === 0 ? <p className="muted">{t('projects:noNearMisses')}</p> : <MatchList items={near} />}
      </section>
    </div>
    </>
  );
}

function MatchList({ items }: { items: FinancierMatch[] }) {
  const { t } = useTranslation(['projects', 'codes']);
  return (
    <ul className="matches">
      {items.map((m) => (
        <li key={`${m.financier}-${JSON.stringify(m.programme?.texts ?? {})}`} className="card" data-verdict={m.verdict}>
          <p><strong><Localized value={m.name} /></strong>{m.programme && <> — <Localized value={m.programme} /></>} <span className="badge">{t(`codes:verdict.${m.verdict}`)}</span></p>
          {(m.reasons ?? []).length > 0 && <ul>{(m.reasons ?? []).map((r, i) => <li key={i}>{r}</li>)}</ul>}
          {(m.excludedBy ?? []).map((e) => (
            <p key={e.rule} className="excluded"><span className="badge warn">{t('projects:excludedBy')}</span> {e.reason}</p>
          ))}
        </li>
      ))}
    </ul>
  );
}
