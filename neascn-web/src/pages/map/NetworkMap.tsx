import { useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAll } from '../../api/lists';
import { useCountries, useFocusAreas } from '../../api/reference';
import type { Member, Project } from '../../api/types';
import { Waiting } from '../../ui/Waiting';
import { ProblemView } from '../../ui/ProblemView';
import { Empty } from '../../ui/Empty';
import { useTitle } from '../../ui/useTitle';
import { namer } from '../../records/names';
import { MapView, type Place } from './MapView';
import { memberPosition, projectPosition } from './positions';

const STAGES = ['SCOPING', 'PRE_FEASIBILITY', 'FEASIBILITY', 'STRUCTURING', 'TRANSACTION_PREPARATION', 'IMPLEMENTATION', 'POST_IMPLEMENTATION'];

/**
 * `/networks/{network}/map`: member cities and geolocated projects, filtered by country, focus
 * area and stage as the API filters them; a click (or Enter) opens the city or the project.
 * The same places are listed beside the map, and what cannot be placed is named.
 */
export default function NetworkMap() {
  const { network = '' } = useParams();
  const { t, i18n } = useTranslation(['map', 'common', 'codes']);
  useTitle(t('map:title'));
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const country = search.get('country') ?? '';
  const focusArea = search.get('focusArea') ?? '';
  const stage = search.get('stage') ?? '';
  const members = useAll<Member>(network, 'members', { country: country || undefined });
  const projects = useAll<Project>(network, 'projects', { country: country || undefined, focusArea: focusArea || undefined, stage: stage || undefined });
  const countries = useCountries();
  const { focusAreas } = useFocusAreas(network);
  const countryName = namer(countries.data, i18n.language);
  const focusName = namer(focusAreas, i18n.language);
  const base = `/networks/${network}`;

  const { places, unplaced } = useMemo(() => {
    const places: Place[] = [];
    const unplaced: { id: string; label: string; to: string }[] = [];
    // A focus-area or stage filter is about projects: members stay as context only without one.
    const showMembers = !focusArea && !stage;
    for (const m of showMembers ? members.data ?? [] : []) {
      const position = memberPosition(m.record);
      const label = m.displayName ?? m.id ?? '';
      if (position) places.push({ id: `m-${m.id}`, kind: 'member', label, position, onOpen: () => navigate(`${base}/members/${m.id}`) });
      else unplaced.push({ id: `m-${m.id}`, label, to: `${base}/members/${m.id}` });
    }
    for (const p of projects.data ?? []) {
      const position = projectPosition(p.record);
      const label = p.displayName ?? p.id ?? '';
      if (position) places.push({ id: `p-${p.id}`, kind: 'project', label, position, onOpen: () => navigate(`${base}/projects/${p.id}`) });
      else unplaced.push({ id: `p-${p.id}`, label, to: `${base}/projects/${p.id}` });
    }
    return { places, unplaced };
  }, [members.data, projects.data, focusArea, stage, base, navigate]);

  function filter(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  return (
    <section>
      <h1>{t('map:title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('map:filters')}>
        <label>{t('common:filter.country')}{' '}
          <select value={country} onChange={(e) => filter('country', e.target.value)}>
            <option value="">{t('common:filter.any')}</option>
            {(countries.data ?? []).map((c) => <option key={c.code} value={c.code}>{countryName(c.code)}</option>)}
          </select>
        </label>
        <label>{t('common:filter.focusArea')}{' '}
          <select value={focusArea} onChange={(e) => filter('focusArea', e.target.value)}>
            <option value="">{t('common:filter.any')}</option>
            {focusAreas.map((f) => <option key={f.code} value={f.code}>{focusName(f.code)}</option>)}
          </select>
        </label>
        <label>{t('common:filter.stage')}{' '}
          <select value={stage} onChange={(e) => filter('stage', e.target.value)}>
            <option value="">{t('common:filter.any')}</option>
            {STAGES.map((s) => <option key={s} value={s}>{t(`codes:stage.${s}`)}</option>)}
          </select>
        </label>
      </form>
      {(members.isError || projects.isError) && <ProblemView error={members.error ?? projects.error} />}
      {(members.isPending || projects.isPending) && <Waiting />}
      <p className="legend"><span className="map-marker map-marker-member legend-dot" aria-hidden="true" /> {t('map:members')} <span className="map-marker map-marker-project legend-dot" aria-hidden="true" /> {t('map:projects')}</p>
      <MapView places={places} label={t('map:label', { count: places.length })} />
      {places.length === 0 && !members.isPending && !projects.isPending && (
        <Empty title={t('map:empty')}>{t('map:emptyHint')}</Empty>
      )}
      <div className="grid-2">
        <section aria-labelledby="placed-title">
          <h2 id="placed-title">{t('map:placed', { count: places.length })}</h2>
          <ul>{places.map((p) => <li key={p.id}><button type="button" className="link" onClick={p.onOpen}>{p.label}</button> <span className="muted">{t(`map:${p.kind}`)}</span></li>)}</ul>
        </section>
        {unplaced.length > 0 && (
          <section aria-labelledby="unplaced-title">
            <h2 id="unplaced-title">{t('map:unplaced', { count: unplaced.length })}</h2>
            <ul>{unplaced.map((u) => <li key={u.id}><Link to={u.to}>{u.label}</Link></li>)}</ul>
          </section>
        )}
      </div>
    </section>
  );
}
