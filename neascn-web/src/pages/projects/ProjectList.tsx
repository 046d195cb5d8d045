import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAll, usePage } from '../../api/lists';
import { useCountries, useFocusAreas } from '../../api/reference';
import type { Member, Project } from '../../api/types';
import { namer } from '../../records/names';
import { formatMoney } from '../../records/format';
import { CsvExport } from '../../ui/CsvExport';
import { Empty } from '../../ui/Empty';
import { FilterBar, SearchBox, Select } from '../../ui/Filters';
import { Localized } from '../../ui/Localized';
import { Pager } from '../../ui/Pager';
import { ProblemView } from '../../ui/ProblemView';
import { useListParams } from '../../ui/useListParams';
import { useTitle } from '../../ui/useTitle';
import { Waiting } from '../../ui/Waiting';

export const STAGES = ['SCOPING', 'PRE_FEASIBILITY', 'FEASIBILITY', 'STRUCTURING', 'TRANSACTION_PREPARATION', 'IMPLEMENTATION', 'POST_IMPLEMENTATION'];
export const FINANCING_STATUSES = ['NOT_FUNDED_SEEKING_FULL', 'NOT_FUNDED_SEEKING_PARTIAL', 'PARTIALLY_FUNDED_SEEKING_ADDITIONAL', 'FULLY_FUNDED', 'OTHER'];

/** `/networks/{network}/projects`: the pipeline's projects with the API's filters. */
export default function ProjectList() {
  const { network = '' } = useParams();
  const { t, i18n } = useTranslation(['projects', 'common', 'codes']);
  useTitle(t('projects:title'));
  const list = useListParams(['member', 'plan', 'stage', 'country', 'financingStatus', 'focusArea']);
  const page = usePage<Project>(network, 'projects', list.query);
  const members = useAll<Member>(network, 'members');
  const countries = useCountries();
  const { focusAreas } = useFocusAreas(network);
  const country = namer(countries.data, i18n.language);
  const focus = namer(focusAreas, i18n.language);
  const memberName = (id: string | undefined) => members.data?.find((m) => m.id === id)?.displayName ?? id ?? '–';
  const setQ = useCallback((q: string) => list.set('q', q), [list]);
  const base = `/networks/${network}`;
  return (
    <section>
      <h1>{t('projects:title')}</h1>
      <div className="toolbar">
        <CsvExport path={`/api/v1/networks/${network}/projects`} query={list.filters} fileName={`${network}-projects.csv`} />
      </div>
      <FilterBar onClear={list.clear}>
        <SearchBox value={list.value('q')} onChange={setQ} />
        <Select label={t('common:filter.member')} value={list.value('member')} onChange={(v) => list.set('member', v)} options={(members.data ?? []).map((m) => [m.id ?? '', m.displayName ?? ''])} />
        <Select label={t('common:filter.country')} value={list.value('country')} onChange={(v) => list.set('country', v)} options={(countries.data ?? []).map((c) => [c.code, country(c.code)])} />
        <Select label={t('common:filter.stage')} value={list.value('stage')} onChange={(v) => list.set('stage', v)} options={STAGES.map((s) => [s, t(`codes:stage.${s}`)])} />
        <Select label={t('codes:financingLabel')} value={list.value('financingStatus')} onChange={(v) => list.set('financingStatus', v)} options={FINANCING_STATUSES.map((s) => [s, t(`codes:financing.${s}`)])} />
        <Select label={t('common:filter.focusArea')} value={list.value('focusArea')} onChange={(v) => list.set('focusArea', v)} options={focusAreas.map((f) => [f.code, focus(f.code)])} />
      </FilterBar>
      {page.isPending && <Waiting />}
      {page.isError && <ProblemView error={page.error} onRetry={() => void page.refetch()} />}
      {page.data && ((page.data.items ?? []).length === 0 ? (
        <Empty title={t('projects:empty')}>{t('projects:emptyHint')}</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('projects:title')}</caption>
            <thead>
              <tr><th scope="col">{t('projects:project')}</th><th scope="col">{t('common:filter.member')}</th><th scope="col">{t('common:filter.stage')}</th><th scope="col">{t('codes:financingLabel')}</th><th scope="col" className="num">{t('projects:cost')}</th></tr>
            </thead>
            <tbody>
              {(page.data.items ?? []).map((p) => (
                <tr key={p.id}>
                  <td><Link to={`${base}/projects/${p.id}`}><Localized value={p.record?.title} /></Link></td>
                  <td><Link to={`${base}/members/${p.record?.member}`}>{memberName(p.record?.member)}</Link></td>
                  <td>{t(`codes:stage.${p.record?.stage}`)}</td>
                  <td>{t(`codes:financing.${p.record?.financingStatus}`)}</td>
                  <td className="num">{formatMoney(p.record?.totalCost?.amount, p.record?.totalCost?.currency, i18n.language)}</td>
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
