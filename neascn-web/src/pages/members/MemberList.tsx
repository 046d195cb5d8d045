import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePage } from '../../api/lists';
import { useCountries } from '../../api/reference';
import type { Member } from '../../api/types';
import { useIdentity } from '../../auth/useIdentity';
import { may } from '../../auth/identity';
import { namer } from '../../records/names';
import { formatNumber } from '../../records/format';
import { CsvExport } from '../../ui/CsvExport';
import { Empty } from '../../ui/Empty';
import { FilterBar, SearchBox, Select } from '../../ui/Filters';
import { Localized } from '../../ui/Localized';
import { Pager } from '../../ui/Pager';
import { ProblemView } from '../../ui/ProblemView';
import { useListParams } from '../../ui/useListParams';
import { useTitle } from '../../ui/useTitle';
import { Waiting } from '../../ui/Waiting';

const STATUSES = ['PROSPECTIVE', 'ACTIVE', 'SUSPENDED', 'FORMER'];
const LEVELS = ['CITY', 'METROPOLITAN', 'REGION', 'DISTRICT', 'OTHER'];

/** `/networks/{network}/members`: the member directory with the API's filters. */
export default function MemberList() {
  const { network = '' } = useParams();
  const { t, i18n } = useTranslation(['members', 'common', 'codes']);
  useTitle(t('members:title'));
  const list = useListParams(['country', 'status', 'level']);
  const page = usePage<Member>(network, 'members', list.query);
  const countries = useCountries();
  const country = namer(countries.data, i18n.language);
  const identity = useIdentity();
  const setQ = useCallback((q: string) => list.set('q', q), [list]);
  const base = `/networks/${network}`;
  return (
    <section>
      <h1>{t('members:title')}</h1>
      <div className="toolbar">
        <CsvExport path={`/api/v1/networks/${network}/members`} query={list.filters} fileName={`${network}-members.csv`} />
        {may.administer(identity) && <Link to={`${base}/members/new`} className="button-link">{t('members:new')}</Link>}
      </div>
      <FilterBar onClear={list.clear}>
        <SearchBox value={list.value('q')} onChange={setQ} />
        <Select label={t('common:filter.country')} value={list.value('country')} onChange={(v) => list.set('country', v)}
          options={(countries.data ?? []).map((c) => [c.code, country(c.code)])} />
        <Select label={t('common:filter.status')} value={list.value('status')} onChange={(v) => list.set('status', v)}
          options={STATUSES.map((s) => [s, t(`codes:membership.${s}`)])} />
        <Select label={t('members:level')} value={list.value('level')} onChange={(v) => list.set('level', v)}
          options={LEVELS.map((s) => [s, t(`codes:level.${s}`)])} />
      </FilterBar>
      {page.isPending && <Waiting />}
      {page.isError && <ProblemView error={page.error} onRetry={() => void page.refetch()} />}
      {page.data && ((page.data.items ?? []).length === 0 ? (
        <Empty title={t('members:empty')}>{t('members:emptyHint')}</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('members:title')}</caption>
            <thead>
              <tr><th scope="col">{t('members:name')}</th><th scope="col">{t('common:filter.country')}</th><th scope="col">{t('members:level')}</th><th scope="col">{t('common:filter.status')}</th><th scope="col" className="num">{t('members:population')}</th></tr>
            </thead>
            <tbody>
              {(page.data.items ?? []).map((m) => (
                <tr key={m.id}>
                  <td><Link to={`${base}/members/${m.id}`}><Localized value={m.record?.name} /></Link></td>
                  <td>{country(m.record?.country)}</td>
                  <td>{t(`codes:level.${m.record?.level}`)}</td>
                  <td>{t(`codes:membership.${m.record?.status}`)}</td>
                  <td className="num">{formatNumber(m.record?.population, i18n.language)}</td>
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
