import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useCountries } from '../../api/reference';
import type { LocalizedText, Member, RecordView } from '../../api/types';
import { namer } from '../../records/names';
import { cleanText } from '../../records/localized';
import { ProblemView } from '../../ui/ProblemView';
import { useTitle } from '../../ui/useTitle';
import { FieldErrors, useFieldErrors } from '../plans/editor/fieldErrors';
import { FieldMessages } from '../plans/editor/FieldMessages';
import { MultilingualField } from '../plans/editor/MultilingualField';
import { NumberField } from '../plans/editor/NumberField';

const LEVELS = ['CITY', 'METROPOLITAN', 'REGION', 'DISTRICT', 'OTHER'] as const;
const STATUSES = ['PROSPECTIVE', 'ACTIVE', 'SUSPENDED', 'FORMER'] as const;

/** `/networks/{network}/members/new`: the secretariat registers a member city. */
export default function MemberForm() {
  const { network = '' } = useParams();
  const { t, i18n } = useTranslation(['members', 'editor', 'codes', 'common']);
  useTitle(t('members:new'));
  const navigate = useNavigate();
  const queries = useQueryClient();
  const countries = useCountries();
  const country = namer(countries.data, i18n.language);
  const [member, setMember] = useState<Member>({
    id: '', network, name: { original: i18n.language, texts: {} } as LocalizedText, level: 'CITY', country: '', status: 'PROSPECTIVE',
  });
  const create = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/networks/{network}/members', { params: { path: { network } }, body: { ...member, network, name: cleanText(member.name), coordinates: member.coordinates?.latitude !== undefined || member.coordinates?.longitude !== undefined ? member.coordinates : undefined } })),
    onSuccess: async (created) => {
      await queries.invalidateQueries({ queryKey: [network] });
      navigate(`/networks/${network}/members/${(created as unknown as RecordView<Member> | undefined)?.id ?? member.id}`);
    },
  });
  const errors = create.error instanceof ApiProblem ? create.error.byField() : new Map<string, string[]>();
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <section>
      <h1>{t('members:new')}</h1>
      <FieldErrors.Provider value={errors}>
        <form onSubmit={submit} noValidate>
          <IdField value={member.id} onChange={(id) => setMember({ ...member, id })} label={t('editor:identifier')} hint={t('members:idHint')} />
          <MultilingualField label={t('members:name')} value={member.name} onChange={(name) => setMember({ ...member, name })} required path="name" />
          <label>{t('common:filter.country')}{' '}
            <select value={member.country} onChange={(e) => setMember({ ...member, country: e.target.value })} aria-invalid={errors.has('country')}>
              <option value="">{t('common:signIn.choose')}</option>
              {(countries.data ?? []).map((c) => <option key={c.code} value={c.code}>{country(c.code)}</option>)}
            </select>
          </label>
          <FieldMessages path="country" messages={errors.get('country') ?? []} />
          <label>{t('members:level')}{' '}
            <select value={member.level} onChange={(e) => setMember({ ...member, level: e.target.value as Member['level'] })}>
              {LEVELS.map((l) => <option key={l} value={l}>{t(`codes:level.${l}`)}</option>)}
            </select>
          </label>
          <label>{t('common:filter.status')}{' '}
            <select value={member.status} onChange={(e) => setMember({ ...member, status: e.target.value as Member['status'] })}>
              {STATUSES.map((s) => <option key={s} value={s}>{t(`codes:membership.${s}`)}</option>)}
            </select>
          </label>
          <NumberField label={t('members:population')} integer value={member.population} onChange={(population) => setMember({ ...member, population })} path="population" />
          <div className="row">
            <NumberField label={t('editor:latitude')} value={member.coordinates?.latitude} path="coordinates.latitude"
              onChange={(latitude) => setMember({ ...member, coordinates: { latitude: latitude as number, longitude: member.coordinates?.longitude as number } })} />
            <NumberField label={t('editor:longitude')} value={member.coordinates?.longitude} path="coordinates.longitude"
              onChange={(longitude) => setMember({ ...member, coordinates: { latitude: member.coordinates?.latitude as number, longitude: longitude as number } })} />
          </div>
          <label>{t('members:website')}{' '}
            <input type="url" value={member.website ?? ''} onChange={(e) => setMember({ ...member, website: e.target.value || undefined })} />
          </label>
          <FieldMessages path="website" messages={errors.get('website') ?? []} />
          <button type="submit" className="primary" disabled={create.isPending}>{t('members:register')}</button>
          {create.error && <ProblemView error={create.error} />}
        </form>
      </FieldErrors.Provider>
    </section>
  );
}

function IdField({ value, onChange, label, hint }: { value: string; onChange: (v: string) => void; label: string; hint: string }) {
  const errors = useFieldErrors('id');
  return (
    <>
      <label>{label}{' '}
        <input value={value} onChange={(e) => onChange(e.target.value.trim().toLowerCase())} aria-invalid={errors.length > 0} aria-describedby="member-id-hint" required />
      </label>
      <p id="member-id-hint" className="muted">{hint}</p>
      <FieldMessages path="id" messages={errors} />
    </>
  );
}
