import { useTranslation } from 'react-i18next';
import type { Plan, Taxonomy } from '../../../api/types';
import { Localized } from '../../../ui/Localized';
import { useFieldErrors } from './fieldErrors';
import { FieldMessages } from './FieldMessages';

type FocusArea = NonNullable<Taxonomy['focusAreas']>[number];

/** Step 2: the plan's focus areas, picked from the network's taxonomy. */
export function StepFocusAreas({ plan, onChange, focusAreas }: { plan: Plan; onChange: (plan: Plan) => void; focusAreas: FocusArea[] }) {
  const { t } = useTranslation('editor');
  const chosen = new Set(plan.focusAreas ?? []);
  const errors = useFieldErrors('focusAreas');
  function toggle(code: string) {
    const next = new Set(chosen);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    onChange({ ...plan, focusAreas: focusAreas.map((f) => f.code).filter((c) => next.has(c)) });
  }
  return (
    <fieldset data-path="focusAreas">
      <legend>{t('focusAreasLegend')}</legend>
      {focusAreas.map((f) => (
        <label key={f.code} className="choice">
          <input type="checkbox" checked={chosen.has(f.code)} onChange={() => toggle(f.code)} />
          <span><Localized value={f.name} />{f.description && <span className="muted"> — <Localized value={f.description} /></span>}</span>
        </label>
      ))}
      <FieldMessages path="focusAreas" messages={errors} />
    </fieldset>
  );
}
