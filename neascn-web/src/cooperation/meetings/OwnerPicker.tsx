import { useTranslation } from 'react-i18next';

/** Picks the organisation that owns an action item: a member or a partner, as member:<id> / partner:<id>. */
export function OwnerPicker({ value, onChange, members, partners, id }: {
  value: string; onChange: (v: string) => void; members: Map<string, string>; partners: Map<string, string>; id: string;
}) {
  const { t } = useTranslation('cooperation');
  return (
    <label htmlFor={id}>
      {t('minutes.owner')}{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required>
        <option value="">{t('initiative.choose')}</option>
        <optgroup label={t('minutes.members')}>
          {[...members].map(([k, name]) => <option key={k} value={`member:${k}`}>{name}</option>)}
        </optgroup>
        <optgroup label={t('minutes.partners')}>
          {[...partners].map(([k, name]) => <option key={k} value={`partner:${k}`}>{name}</option>)}
        </optgroup>
      </select>
    </label>
  );
}

export function ownerRef(value: string) {
  const [kind, id] = value.split(':', 2);
  return { kind: kind === 'partner' ? 'PARTNER' : 'MEMBER', id };
}
