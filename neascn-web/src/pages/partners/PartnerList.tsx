import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePage } from '../../api/lists';
import { useCountries } from '../../api/reference';
import type { Partner } from '../../api/types';
import { namer } from '../../records/names';
import { CsvExport } from '../../ui/CsvExport';
import { Empty } from '../../ui/Empty';
import { FilterBar, SearchBox, Select } from '../../ui/Filters';
import { Localized } from '../../ui/Localized';
import { Pager } from '../../ui/Pager';
import { ProblemView } from '../../ui/ProblemView';
import { useListParams } from '../../ui/useListParams';
import { useTitle } from '../../ui/useTitle';
import { Waiting } from '../../ui/Waiting';

export const ORGANISATION_TYPES = ['CITY_GOVERNMENT', 'NATIONAL_AGENCY', 'PUBLIC_CORPORATION', 'REGIONAL_NETWORK', 'INTERGOVERNMENTAL_SECRETARIAT', 'MULTILATERAL_DEVELOPMENT_BANK', 'BILATERAL_DEVELOPMENT_FINANCE', 'THINK_TANK_OR_ACADEMIA', 'NGO', 'PRIVATE_COMPANY'];
export const PARTNER_ROLES = ['SECRETARIAT', 'NETWORK_PARTNER', 'KNOWLEDGE_PARTNER', 'FINANCING_PARTNER', 'ENABLER'];

/** `/networks/{network}/partners`: partners and financiers with their types and roles. */
export default function PartnerList() {
  const { network = '' } = useParams();
  const { t, i18n } = useTranslation(['partners', 'common', 'codes']);
  useTitle(t('partners:title'));
  const list = useListParams(['type', 'role']);
  const page = usePage<Partner>(network, 'partners', list.query);
  const countries = useCountries();
  const country = namer(countries.data, i18n.language);
  const setQ = useCallback((q: string) => list.set('q', q), [list]);
  return (
    <section>
      <h1>{t('partners:title')}</h1>
      <div className="toolbar">
        <CsvExport path={`/api/v1/networks/${network}/partners`} query={list.filters} fileName={`${network}-partners.csv`} />
      </div>
      <FilterBar onClear={list.clear}>
        <SearchBox value={list.value('q')} onChange={setQ} />
        <Select label={t('common:filter.type')} value={list.value('type')} onChange={(v) => list.set('type', v)}
          options={ORGANISATION_TYPES.map((s) => [s, t(`codes:orgType.${s}`)])} />
        <Select label={t('common:filter.role')} value={list.value('role')} onChange={(v) => list.set('role', v)}
          options={PARTNER_ROLES.map((s) => [s, t(`codes:role.${s}`)])} />
      </FilterBar>
      {page.isPending && <Waiting />}
      {page.isError && <ProblemView error={page.error} onRetry={() => void page.refetch()} />}
      {page.data && ((page.data.items ?? []).length === 0 ? (
        <Empty title={t('partners:empty')}>{t('partners:emptyHint')}</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('partners:title')}</caption>
            <thead>
              <tr><th scope="col">{t('partners:name')}</th><th scope="col">{t('common:filter.type')}</th><th scope="col">{t('partners:roles')}</th><th scope="col">{t('partners:headquarters')}</th></tr>
            </thead>
            <tbody>
              {(page.data.items ?? []).map((p) => (
                <tr key={p.id}>
                  <td><Link to={`/networks/${network}/partners/${p.id}`}><Localized value={p.record?.name} /></Link>{p.record?.acronym && <> ({p.record.acronym})</>}</td>
                  <td>{t(`codes:orgType.${p.record?.type}`)}</td>
                  <td>{(p.record?.roles ?? []).map((r) => t(`codes:role.${r}`)).join(', ')}</td>
                  <td>{country(p.record?.headquarters)}</td>
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
