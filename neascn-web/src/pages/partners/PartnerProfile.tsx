import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { useAll } from '../../api/lists';
import { useCountries } from '../../api/reference';
import type { Partner, Person, RecordView } from '../../api/types';
import type { components } from '../../api/schema.gen';
import { namer } from '../../records/names';
import { choose } from '../../records/localized';
import { formatMoney } from '../../records/format';
import { Localized } from '../../ui/Localized';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { useTitle } from '../../ui/useTitle';

type Financier = components['schemas']['FinancierProfile'];

/** `/networks/{network}/partners/{id}`: a partner, its people, and what it finances and on which terms. */
export default function PartnerProfile() {
  const { network = '', id = '' } = useParams();
  const { t, i18n } = useTranslation(['partners', 'codes', 'common']);
  const partner = useQuery({
    queryKey: [network, 'partners', id],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/partners/{id}', { params: { path: { network, id } } })) as Promise<RecordView<Partner>>,
  });
  const people = useAll<Person>(network, 'persons', { organisation: `partner:${id}` });
  const financiers = useQuery({
    queryKey: ['reference', 'financiers'],
    queryFn: () => ok(api.GET('/api/v1/reference/financiers')) as Promise<Financier[]>,
    staleTime: Infinity,
  });
  const countries = useCountries();
  const country = namer(countries.data, i18n.language);
  useTitle(partner.data ? choose(partner.data.record?.name, i18n.language).text : t('partners:title'));
  if (partner.isPending) return <Waiting />;
  if (partner.isError) return <ProblemView error={partner.error} />;
  const p = partner.data.record!;
  const offers = (financiers.data ?? []).filter((f) => f.partner === id);
  return (
    <article>
      <h1><Localized value={p.name} />{p.acronym && <> ({p.acronym})</>}</h1>
      <dl className="facts">
        <dt>{t('common:filter.type')}</dt><dd>{t(`codes:orgType.${p.type}`)}</dd>
        <dt>{t('partners:roles')}</dt><dd>{(p.roles ?? []).map((r) => t(`codes:role.${r}`)).join(', ') || '–'}</dd>
        <dt>{t('partners:headquarters')}</dt><dd>{country(p.headquarters)}</dd>
        {p.website && <><dt>{t('partners:website')}</dt><dd><a href={p.website} rel="noopener noreferrer">{p.website}</a></dd></>}
      </dl>
      <section aria-labelledby="finance-title">
        <h2 id="finance-title">{t('partners:financing')}</h2>
        {financiers.isPending && <Waiting />}
        {offers.length === 0 && !financiers.isPending && <p className="muted">{t('partners:noFinancing')}</p>}
        {offers.map((f) => (
          <div key={f.id} className="card">
            <h3><Localized value={f.programme} /></h3>
            <dl className="facts">
              <dt>{t('partners:instruments')}</dt><dd>{(f.instruments ?? []).map((i) => t(`codes:instrument.${i}`)).join(', ') || '–'}</dd>
              <dt>{t('partners:stages')}</dt><dd>{t(`codes:stage.${f.stages.from}`)} – {t(`codes:stage.${f.stages.to}`)}</dd>
              {f.ticketSize && <><dt>{t('partners:ticket')}</dt><dd>{formatMoney(f.ticketSize.min.amount, f.ticketSize.min.currency, i18n.language)}{f.ticketSize.max && <> – {formatMoney(f.ticketSize.max.amount, f.ticketSize.max.currency, i18n.language)}</>}</dd></>}
            </dl>
            {(f.rules ?? []).length > 0 && (
              <>
                <h4>{t('partners:eligibility')}</h4>
                <ul>{(f.rules ?? []).map((r, i) => <li key={r.id ?? i}><Localized value={r.explanation} /></li>)}</ul>
              </>
            )}
          </div>
        ))}
      </section>
      <section aria-labelledby="people-title">
        <h2 id="people-title">{t('partners:people')}</h2>
        {(people.data ?? []).length === 0 && !people.isPending ? <p className="muted">{t('partners:noPeople')}</p> : (
          <ul>{(people.data ?? []).map((x) => <li key={x.id}><Localized value={x.record?.name} />{x.record?.title && <>, <Localized value={x.record.title} /></>}{x.record?.email && <> · <a href={`mailto:${x.record.email}`}>{x.record.email}</a></>}</li>)}</ul>
        )}
      </section>
    </article>
  );
}
