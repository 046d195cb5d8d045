import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The text search of a list: applied when the user stops typing, as the API's q parameter. */
export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('common');
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text.trim()), 350);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <label>{t('filter.text')}{' '}
      <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
    </label>
  );
}

export function Select({ label, value, options, onChange }: { label: string; value: string; options: [string, string][]; onChange: (value: string) => void }) {
  const { t } = useTranslation('common');
  return (
    <label>{label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('filter.any')}</option>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </label>
  );
}

export function FilterBar({ children, onClear }: { children: ReactNode; onClear: () => void }) {
  const { t } = useTranslation('common');
  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      {children}
      <button type="button" onClick={onClear}>{t('action.clear')}</button>
    </form>
  );
}
