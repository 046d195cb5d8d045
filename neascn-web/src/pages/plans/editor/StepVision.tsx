import { useTranslation } from 'react-i18next';
import type { Member, Plan, RecordView } from '../../../api/types';
import { MultilingualField } from './MultilingualField';
import { NumberField } from './NumberField';
import { useFieldErrors } from './fieldErrors';
import { FieldMessages } from './FieldMessages';

/** Step 1: which member, the identifier (new plans only), the period and the vision. */
export function StepVision({ plan, onChange, isNew, members, memberFixed }: {
  plan: Plan;
  onChange: (plan: Plan) => void;
  isNew: boolean;
  members: RecordView<Member>[];
  memberFixed: boolean;
}) {
  const { t } = useTranslation('editor');
  const idErrors = useFieldErrors('id');
  const memberErrors = useFieldErrors('member');
  return (
    <div>
      <label>{t('member')}{' '}
        <select value={plan.member} disabled={!isNew || memberFixed} onChange={(e) => onChange({ ...plan, member: e.target.value })} aria-invalid={memberErrors.length > 0}>
          <option value="">{t('chooseMember')}</option>
          {members.map((m) => <option key={m.id} value={m.id}>{m.displayName}</option>)}
        </select>
      </label>
      <FieldMessages path="member" messages={memberErrors} />
      {isNew && (
        <>
          <label>{t('identifier')}{' '}
            <input value={plan.id} onChange={(e) => onChange({ ...plan, id: e.target.value.trim().toLowerCase() })} aria-invalid={idErrors.length > 0} aria-describedby="id-hint" />
          </label>
          <p id="id-hint" className="muted">{t('identifierHint')}</p>
          <FieldMessages path="id" messages={idErrors} />
        </>
      )}
      <div className="row">
        <NumberField label={t('startYear')} integer value={plan.period?.startYear} path="period.startYear"
          onChange={(v) => onChange({ ...plan, period: { ...plan.period, startYear: v as number } })} />
        <NumberField label={t('endYear')} integer value={plan.period?.endYear} path="period.endYear"
          onChange={(v) => onChange({ ...plan, period: { ...plan.period, endYear: v as number } })} />
      </div>
      <MultilingualField label={t('vision')} value={plan.vision} onChange={(vision) => onChange({ ...plan, vision })} multiline required path="vision" />
    </div>
  );
}
