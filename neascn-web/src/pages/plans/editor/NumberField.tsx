import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorId, useFieldErrors } from './fieldErrors';
import { FieldMessages } from './FieldMessages';

/**
 * A number, and only a number: what the user types is kept as typed until it reads as one
 * (so "1." or "-" can be typed through); the record gets the number, or nothing.
 */
export function NumberField({ label, value, onChange, path, integer = false }: { label: string; value: number | undefined; onChange: (value: number | undefined) => void; path: string; integer?: boolean }) {
  const { t } = useTranslation('editor');
  const id = useId();
  const [text, setText] = useState(value === undefined || value === null ? '' : String(value));
  useEffect(() => {
    if (value === undefined || value === null) return;
    if (Number(text) !== value) setText(String(value));
    // Only an outside change of the value rewrites what the user typed.
  }, [value]);
  const messages = useFieldErrors(path);
  const notANumber = text.trim() !== '' && !(integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(text.trim());
  return (
    <div className="number-field" data-path={path}>
      <label htmlFor={id}>{label}</label>
      <input id={id} inputMode={integer ? 'numeric' : 'decimal'} value={text}
        aria-invalid={notANumber || messages.length > 0}
        aria-describedby={notANumber || messages.length > 0 ? errorId(path) : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const v = e.target.value.trim();
          if (v === '') onChange(undefined);
          else if ((integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(v)) onChange(Number(v));
        }} />
      <FieldMessages path={path} messages={notANumber ? [t(integer ? 'notAWholeNumber' : 'notANumber'), ...messages] : messages} />
    </div>
  );
}
