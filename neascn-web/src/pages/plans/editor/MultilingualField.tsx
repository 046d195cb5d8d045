import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../api/types';
import { LANGUAGES, LANGUAGE_NAMES } from '../../../i18n/languages';
import { withText } from '../../../records/localized';
import { errorId, useFieldErrors } from './fieldErrors';
import { FieldMessages } from './FieldMessages';

/** Languages a record may be written in: the interface languages and others a user types. */
const RECORD_LANGUAGES: string[] = [...LANGUAGES];

/**
 * A multilingual text: the original, marked as such, and translations beside it. The user
 * chooses the original language and adds a translation per language; no language is implied.
 */
export function MultilingualField({ label, value, onChange, multiline = false, path, required = false }: {
  label: string;
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText) => void;
  multiline?: boolean;
  path: string;
  required?: boolean;
}) {
  const { t } = useTranslation('editor');
  const id = useId();
  const texts = value?.texts ?? {};
  const original = value?.original ?? 'en';
  const translations = Object.keys(texts).filter((l) => l !== original);
  const [adding, setAdding] = useState('');
  const messages = useFieldErrors(path);
  const invalid = messages.length > 0;
  const describedBy = invalid ? errorId(path) : undefined;

  function setOriginal(language: string) {
    const current = texts[original] ?? '';
    const rest = { ...texts };
    delete rest[original];
    onChange({ original: language, texts: { ...rest, [language]: rest[language] ?? current } });
  }

  function input(language: string, isOriginal: boolean) {
    const props = {
      id: `${id}-${language}`,
      lang: language,
      value: texts[language] ?? '',
      required: isOriginal && required,
      'aria-invalid': invalid,
      'aria-describedby': describedBy,
      // An emptied text keeps its row while the user types; empty texts are dropped when sent.
      onChange: (e: { target: { value: string } }) => onChange({ original, texts: { ...texts, [language]: e.target.value } }),
    };
    return multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />;
  }

  return (
    <fieldset className="multilingual" data-path={path}>
      <legend>{label}{required && <span aria-hidden="true"> *</span>}</legend>
      <div className="ml-row">
        <label htmlFor={`${id}-${original}`} className="ml-lang">
          {t('originalIn')}{' '}
          <select value={original} onChange={(e) => setOriginal(e.target.value)} aria-label={t('originalLanguage', { field: label })}>
            {RECORD_LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l as keyof typeof LANGUAGE_NAMES] ?? l}</option>)}
          </select>
        </label>
        {input(original, true)}
      </div>
      {translations.map((language) => (
        <div className="ml-row" key={language}>
          <label htmlFor={`${id}-${language}`} className="ml-lang">{t('translationIn', { language: LANGUAGE_NAMES[language as keyof typeof LANGUAGE_NAMES] ?? language })}</label>
          {input(language, false)}
          <button type="button" onClick={() => onChange(withText(value, language, ''))} aria-label={t('removeTranslation', { language })}>×</button>
        </div>
      ))}
      <div className="ml-add">
        <label>
          {t('addTranslation')}{' '}
          <select value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{t('chooseLanguage')}</option>
            {RECORD_LANGUAGES.filter((l) => l !== original && !translations.includes(l)).map((l) => (
              <option key={l} value={l}>{LANGUAGE_NAMES[l as keyof typeof LANGUAGE_NAMES] ?? l}</option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!adding} onClick={() => { onChange({ original, texts: { ...texts, [adding]: texts[adding] ?? '' } }); setAdding(''); }}>{t('add')}</button>
      </div>
      <FieldMessages path={path} messages={messages} />
    </fieldset>
  );
}
