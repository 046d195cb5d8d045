import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useIdentity } from '../../auth/useIdentity';
import { Empty } from '../../ui/Empty';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';
import type { RecordView } from '../../api/types';
import { command, networkPath, useEvery, useNames, useNetworkJson, type ConsultationRound, type FrameworkVersion } from '../api';
import { freshKey } from '../keys';
import { Refusal } from '../Refusal';
import { useCommand } from '../useCommand';
import { DraftVersion } from './DraftVersion';
import { RoundView } from './RoundView';

/**
 * The framework consultation: the document's versions section by section, rounds of comments
 * per section, the secretariat's dispositions, closing a round, and adoption, which freezes it.
 */
export default function Consultation() {
  const { t } = useTranslation('cooperation');
  useTitle(t('consultation.title'));
  const { network = '' } = useParams();
  const identity = useIdentity();
  const versions = useEvery<FrameworkVersion>(network, 'framework-versions', 'sort=-number');
  const [chosen, setChosen] = useState<string>();
  const members = useNames(network, 'members');
  const partners = useNames(network, 'partners');
  const current = (versions.data ?? []).find((v) => v.id === chosen) ?? versions.data?.[0];
  const rounds = useNetworkJson<RecordView<ConsultationRound>[]>(network, `framework-versions/${current?.id}/rounds`, !!current);
  const [deadline, setDeadline] = useState('');
  const run = useCommand(network, ({ path, body, version }: { path: string; body?: unknown; version?: number }) =>
    command(networkPath(network, path), body, version));
  const names = (owner: string) => {
    const [kind, id = ''] = owner.split(':', 2);
    return (kind === 'partner' ? partners : members).get(id) ?? owner;
  };
  if (versions.isPending) return <Waiting />;
  if (versions.isError) return <ProblemView error={versions.error} />;
  const secretariat = identity.kind === 'secretariat';
  const version = current?.record;
  const openRound = (rounds.data ?? []).some((r) => !r.record?.closed);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <section>
      <h1>{t('consultation.title')}</h1>
      {(versions.data ?? []).length === 0 && <Empty title={t('consultation.none')}>{t('consultation.noneDetail')}</Empty>}
      {(versions.data ?? []).length > 1 && (
        <label>{t('consultation.version')}{' '}
          <select value={current?.id} onChange={(e) => setChosen(e.target.value)}>
            {(versions.data ?? []).map((v) => <option key={v.id} value={v.id}>{v.displayName} ({t(`frameworkStatus.${v.record?.status}`)})</option>)}
          </select>
        </label>
      )}
      {version && current && (
        <article data-version={current.id} data-status={version.status}>
          <h2><Localized value={version.title} /> · {t('consultation.number', { number: version.number })}</h2>
          <p><span className="badge">{t(`frameworkStatus.${version.status}`)}</span>
            {version.status === 'ADOPTED' && <> {t('consultation.frozen', { date: version.adopted })}</>}</p>
          {(version.sections ?? []).map((s) => (
            <section key={s.key} id={`section-${s.key}`} className="framework-section">
              <h3><Localized value={s.heading} /></h3>
              <Localized value={s.body} as="p" />
            </section>
          ))}
          <h2>{t('consultation.rounds')}</h2>
          {(rounds.data ?? []).length === 0 && <p className="muted">{t('consultation.noRounds')}</p>}
          {(rounds.data ?? []).map((r) => <RoundView key={r.id} network={network} version={version} round={r} names={names} />)}
          {secretariat && version.status !== 'ADOPTED' && !openRound && (
            <form className="inline-form" onSubmit={(e) => { e.preventDefault(); run.run({ path: `framework-versions/${current.id}/rounds`, body: { id: freshKey('round'), opens: today, deadline } }); }}>
              <label>{t('consultation.deadline')} <input type="date" value={deadline} min={today} onChange={(e) => setDeadline(e.target.value)} required /></label>
              <button type="submit" disabled={run.busy}>{t('consultation.openRound')}</button>
            </form>
          )}
          {secretariat && version.status === 'IN_CONSULTATION' && !openRound && (
            <button type="button" className="primary" disabled={run.busy} onClick={() => run.run({ path: `framework-versions/${current.id}/adopt`, version: current.version })}>
              {t('consultation.adopt')}
            </button>
          )}
          <Refusal error={run.error} />
        </article>
      )}
      {secretariat && <DraftVersion network={network} next={(versions.data?.[0]?.record?.number ?? 0) + 1} />}
    </section>
  );
}
