import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorDefinition, Plan, SdgGoal, StrategicTarget, Taxonomy } from '../../../api/types';
import { choose } from '../../../records/localized';
import { MultilingualField } from './MultilingualField';
import { NumberField } from './NumberField';
import { newIndicator, newTarget } from './draft';
import { useFieldErrors } from './fieldErrors';
import { FieldMessages } from './FieldMessages';

type FocusArea = NonNullable<Taxonomy['focusAreas']>[number];

/** Step 3: strategic targets, each with focus areas, SDG targets and indicators. */
export function StepTargets({ plan, onChange, focusAreas, sdgs, catalogue }: {
  plan: Plan;
  onChange: (plan: Plan) => void;
  focusAreas: FocusArea[];
  sdgs: SdgGoal[];
  catalogue: IndicatorDefinition[];
}) {
  const { t, i18n } = useTranslation('editor');
  const targets = plan.targets ?? [];
  const setTargets = (next: StrategicTarget[]) => onChange({ ...plan, targets: next });
  const setTarget = (index: number, target: StrategicTarget) => setTargets(targets.map((x, i) => (i === index ? target : x)));
  const sdgTargets = sdgs.flatMap((g) => g.targets ?? []);
  const targetsErrors = useFieldErrors('targets');
  return (
    <div>
      {targets.length === 0 && <p className="muted">{t('noTargetsYet')}</p>}
      {targets.map((target, ti) => {
        const path = `targets[${ti}]`;
        const indicators = target.indicators ?? [];
        const setIndicators = (next: Indicator[]) => setTarget(ti, { ...target, indicators: next });
        const setIndicator = (ii: number, indicator: Indicator) => setIndicators(indicators.map((x, i) => (i === ii ? indicator : x)));
        return (
          <fieldset key={target.key ?? ti} className="card target-editor" data-path={path}>
            <legend>{t('targetN', { n: ti + 1 })}</legend>
            <MultilingualField label={t('targetText')} value={target.text} onChange={(text) => setTarget(ti, { ...target, text })} required path={`${path}.text`} />
            <fieldset data-path={`${path}.focusAreas`}>
              <legend>{t('targetFocusAreas')}</legend>
              {focusAreas.map((f) => (
                <label key={f.code} className="choice">
                  <input type="checkbox" checked={(target.focusAreas ?? []).includes(f.code)}
                    onChange={(e) => setTarget(ti, { ...target, focusAreas: e.target.checked ? [...(target.focusAreas ?? []), f.code] : (target.focusAreas ?? []).filter((c) => c !== f.code) })} />
                  {choose(f.name, i18n.language).text}
                </label>
              ))}
              <FieldMessages path={`${path}.focusAreas`} messages={useFieldErrors(`${path}.focusAreas`)} />
            </fieldset>
            <label>{t('sdgTargets')}{' '}
              <select multiple size={5} value={target.sdgTargets ?? []}
                onChange={(e) => setTarget(ti, { ...target, sdgTargets: [...e.target.selectedOptions].map((o) => o.value) })}>
                {sdgTargets.map((s) => <option key={s.code} value={s.code}>{s.code} — {choose(s.text, i18n.language).text.slice(0, 90)}</option>)}
              </select>
            </label>
            <h4>{t('indicators')}</h4>
            {indicators.map((indicator, ii) => {
              const ip = `${path}.indicators[${ii}]`;
              return (
                <fieldset key={indicator.key ?? ii} className="indicator-editor" data-path={ip}>
                  <legend>{t('indicatorN', { n: ii + 1 })}</legend>
                  <label>{t('catalogue')}{' '}
                    <select value={indicator.catalogueCode ?? ''} onChange={(e) => {
                      const code = e.target.value;
                      const definition = catalogue.find((c) => c.code === code);
                      setIndicator(ii, { ...indicator, catalogueCode: code || undefined, unit: indicator.unit || definition?.unit || '', name: hasText(indicator.name) || !definition ? indicator.name : definition.name });
                    }}>
                      <option value="">{t('noCatalogue')}</option>
                      {catalogue.map((c) => <option key={c.code} value={c.code}>{choose(c.name, i18n.language).text} ({c.unit})</option>)}
                    </select>
                  </label>
                  <MultilingualField label={t('indicatorName')} value={indicator.name} onChange={(name) => setIndicator(ii, { ...indicator, name })} required path={`${ip}.name`} />
                  <label>{t('unit')}{' '}
                    <input value={indicator.unit ?? ''} onChange={(e) => setIndicator(ii, { ...indicator, unit: e.target.value })} aria-invalid={useFieldErrors(`${ip}.unit`).length > 0} />
                  </label>
                  <FieldMessages path={`${ip}.unit`} messages={useFieldErrors(`${ip}.unit`)} />
                  <div className="row">
                    <NumberField label={t('baselineValue')} value={indicator.baseline?.value} path={`${ip}.baseline.value`} onChange={(value) => setIndicator(ii, { ...indicator, baseline: { ...indicator.baseline, value: value as number } })} />
                    <NumberField label={t('baselineYear')} integer value={indicator.baseline?.year} path={`${ip}.baseline.year`} onChange={(year) => setIndicator(ii, { ...indicator, baseline: { ...indicator.baseline, year } })} />
                    <NumberField label={t('targetValue')} value={indicator.target?.value} path={`${ip}.target.value`} onChange={(value) => setIndicator(ii, { ...indicator, target: { ...indicator.target, value: value as number } })} />
                    <NumberField label={t('targetYear')} integer value={indicator.target?.year} path={`${ip}.target.year`} onChange={(year) => setIndicator(ii, { ...indicator, target: { ...indicator.target, year } })} />
                  </div>
                  <button type="button" className="danger" onClick={() => setIndicators(indicators.filter((_, i) => i !== ii))}>{t('removeIndicator')}</button>
                </fieldset>
              );
            })}
            <div className="toolbar">
              <button type="button" onClick={() => setIndicators([...indicators, newIndicator(indicators, i18n.language, plan.period?.startYear ?? new Date().getFullYear())])}>{t('addIndicator')}</button>
              <button type="button" className="danger" onClick={() => setTargets(targets.filter((_, i) => i !== ti))}>{t('removeTarget')}</button>
            </div>
          </fieldset>
        );
      })}
      <FieldMessages path="targets" messages={targetsErrors.filter(() => targets.length === 0)} />
      <button type="button" className="primary" onClick={() => setTargets([...targets, newTarget(targets, i18n.language)])}>{t('addTarget')}</button>
    </div>
  );
}

function hasText(text: Indicator['name'] | undefined): boolean {
  return Object.values(text?.texts ?? {}).some((v) => v.trim() !== '');
}
