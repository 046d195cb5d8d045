import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { command, networkPath } from '../api';
import { Refusal } from '../Refusal';
import { useCommand } from '../useCommand';

/**
 * One indicator update in one step: a number in the indicator's unit and the day the period it
 * measures ends. Only a number is accepted ("N/A" is no measurement): the field says so at once.
 */
export function MeasurementEntry({ network, plan, target, indicator, unit }: { network: string; plan: string; target: string; indicator: string; unit: string }) {
  const { t } = useTranslation('cooperation');
  const [value, setValue] = useState('');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const enter = useCommand(network, (body: unknown) =>
    command(networkPath(network, `plans/${plan}/targets/${target}/indicators/${indicator}/measurements`), body));
  const number = value.trim() === '' ? undefined : Number(value.replace(',', '.'));
  const invalid = value.trim() !== '' && (number === undefined || !Number.isFinite(number));
  const id = `${target}-${indicator}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invalid || number === undefined) return;
    enter.run({ value: number, date, note: note || undefined }, { onSuccess: () => { setValue(''); setNote(''); } });
  }

  return (
    <form className="inline-form measurement-entry" onSubmit={submit} data-indicator={indicator}>
      <label htmlFor={`value-${id}`}>{t('monitoring.value', { unit })}</label>
      <input id={`value-${id}`} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} required
        aria-invalid={invalid} aria-describedby={invalid ? `value-error-${id}` : undefined} />
      {invalid && <span id={`value-error-${id}`} className="field-error">{t('monitoring.numbersOnly')}</span>}
      <label htmlFor={`date-${id}`}>{t('monitoring.periodEnd')}</label>
      <input id={`date-${id}`} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      <label htmlFor={`note-${id}`}>{t('monitoring.note')}</label>
      <input id={`note-${id}`} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="primary" disabled={enter.busy || invalid}>{t('monitoring.enter')}</button>
      <Refusal error={enter.error} />
    </form>
  );
}
