import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../api/types';
import { useIdentity } from '../../auth/useIdentity';
import { formatNumber } from '../../records/format';
import { Localized } from '../../ui/Localized';
import { ProposeInitiative } from './ProposeInitiative';
import { SuggestionDecision } from './SuggestionDecision';
import type { Decided } from './Suggestions';

/**
 * One suggested initiative: its theme, members, proposed lead, the partners that fit with the
 * server's reason, sanctions flags, and what it rests on (the members' targets and projects,
 * the themes merged into it, how closely the plans overlap). Then what the reader's role may do.
 */
export function SuggestionCard({ network, suggestion: s, memberName, onDecided }: {
  network: string; suggestion: Suggestion; memberName: (id: string) => string; onDecided: (d: Decided) => void;
}) {
  const { t, i18n } = useTranslation(['overlaps', 'codes']);
  const identity = useIdentity();
  const titleId = `suggestion-${s.id}`;
  return (
    <li className="card" data-suggestion={s.id} data-flagged={s.flagged} aria-labelledby={titleId}>
      <h3 id={titleId}><Localized value={s.title} /></h3>
      <p className="muted">{t(`overlaps:themeKind.${s.theme?.kind ?? 'CONCEPT'}`)}: <Localized value={s.theme?.label} /></p>
      <p>{t('overlaps:members')}: {(s.members ?? []).map(memberName).join(', ')}</p>
      {s.proposedLead ? <p>{t('overlaps:lead')}: {memberName(s.proposedLead)}</p> : <p className="badge warn">{t('overlaps:noLead')}</p>}
      <p className="muted" data-evidence={s.evidence}>
        {t('overlaps:evidenceSummary', { targets: (s.targets ?? []).length, projects: (s.projects ?? []).length })}
        {s.cohesion !== undefined && <> · {t('overlaps:cohesion')}: {formatNumber(s.cohesion, i18n.language, 2)}</>}
      </p>
      {(s.alsoOn ?? []).length > 0 && (
        <p className="muted">{t('overlaps:alsoOn')}: {(s.alsoOn ?? []).map((theme, j) => <span key={j}>{j > 0 && ', '}<Localized value={theme.label} /></span>)}</p>
      )}
      {(s.partners ?? []).length > 0 && (
        <div>
          {t('overlaps:partners')}:
          <ul>
            {(s.partners ?? []).map((p) => (
              <li key={p.partner}>
                {p.partner} ({(p.roles ?? []).map((r) => t(`codes:role.${r}`)).join(', ')}){p.reason && <span className="muted"> — {p.reason}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(s.sanctions ?? []).map((f, j) => (
        <p key={j} className="badge danger" role="note">{t('overlaps:sanctionsFlag')}: <Localized value={f.regimeName} /> — {f.reason}</p>
      ))}
      {identity.kind === 'secretariat' && <SuggestionDecision network={network} suggestion={s} memberName={memberName} onDecided={onDecided} />}
      {identity.kind === 'member-editor' && (s.members ?? []).includes(identity.member) && (
        <ProposeInitiative network={network} suggestion={s} member={identity.member} />
      )}
    </li>
  );
}
