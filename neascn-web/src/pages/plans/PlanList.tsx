import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAll, usePage } from '../../api/lists';
import { useFocusAreas } from '../../api/reference';
import type { Member, Plan } from '../../api/types';
import { useIdentity } from '../../auth/useIdentity';
import { may } from '../../auth/identity';
import { namer } from '../../records/names';
import { CsvExport } from '../../ui/CsvExport';
import { Empty } from '../../ui/Empty';
import { FilterBar, SearchBox, Select } from '../../ui/Filters';
import { Pager } from '../../ui/Pager';
import { ProblemView } from '../../ui/ProblemView';
import { useListParams } from '../../ui/useListParams';
import { useTitle } from '../../ui/useTitle';
import { Waiting } from '../../ui/Waiting';
import { PlanImport, TemplateLink } from './PlanImport';

export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED_FOR_REVISION', 'PUBLISHED', 'SUPERSEDED'];

/** `/networks/{network}/plans`: every action plan the caller may read, with the API's filters. */
export default function PlanList() {
  const { network = '' } = useParams();
  const { t, i18n } = useTranslation(['plans', 'common', 'codes']);
  useTitle(t('plans:title'));
  const list = useListParams(['member', 'status', 'focusArea']);
  const page = usePage<Plan>(network, 'plans', list.query);
  const members = useAll<Member>(network, 'members');
  const { focusAreas } = useFocusAreas(network);
  const focus = namer(focusAreas, i18n.language);
  const memberName = (id: string | undefined) => members.data?.find((m) => m.id === id)?.displayName ?? id ?? '–';
  const identity = useIdentity();
  const setQ = useCallback((q: string) => list.set('q', q), [list]);
  const base = `/networks/${network}`;
  return (
    <section>
      <h1>{t('plans:title')}</h1>
      <div className="toolbar">
        {may.write(identity) && identity.kind !== 'partner' && <Link className="button-link primary" to={`${base}/plans/new`}>{t('plans:new')}</Link>}
        <TemplateLink network={network} />
        <CsvExport path={`/api/v1/networks/${network}/plans`} query={list.filters} fileName={`${network}-plans.csv`} />
      </div>
      {may.write(identity) && identity.kind !== 'partner' && <PlanImport network={network} />}
      <FilterBar onClear={list.clear}>
        <SearchBox value={list.value('q')} onChange={setQ} />
        <Select label={t('common:filter.member')} value={list.value('member')} onChange={(v) => list.set('member', v)}
          options={(members.data ?? []).map((m) => [m.id ?? '', m.displayName ?? ''])} />
        <Select label={t('common:filter.status')} value={list.value('status')} onChange={(v) => list.set('status', v)}
          options={PLAN_STATUSES.map((s) => [s, t(`codes:planStatus.${s}`)])} />
        <Select label={t('common:filter.focusArea')} value={list.value('focusArea')} onChange={(v) => list.set('focusArea', v)}
          options={focusAreas.map((f) => [f.code, focus(f.code)])} />
      </FilterBar>
      {page.isPending && <Waiting />}
      {page.isError && <ProblemView error={page.error} onRetry={() => void page.refetch()} />}
      {page.data && ((page.data.items ?? []).length === 0 ? (
        <Empty title={t('plans:empty')}>{t('plans:emptyHint')}</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('plans:title')}</caption>
            <thead>
              <tr><th scope="col">{t('plans:plan')}</th><th scope="col">{t('common:filter.member')}</th><th scope="col">{t('plans:period')}</th><th scope="col">{t('common:filter.status')}</th><th scope="col">{t('plans:focusAreas')}</th></tr>
            </thead>
            <tbody>
              {(page.data.items ?? []).map((p) => (
                <tr key={p.id}>
                  <td><Link to={`${base}/plans/${p.id}`}>{p.displayName}</Link></td>
                  <td><Link to={`${base}/members/${p.record?.member}`}>{memberName(p.record?.member)}</Link></td>
                  <td>{p.record?.period?.startYear}–{p.record?.period?.endYear}</td>
                  <td><span className="badge">{t(`codes:planStatus.${p.record?.status}`)}</span></td>
                  <td>{(p.record?.focusAreas ?? []).map(focus).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {page.data && <Pager offset={list.offset} limit={list.limit} total={page.data.total ?? 0} onOffset={(o) => list.set('offset', String(o))} />}
    </section>
  );
}
