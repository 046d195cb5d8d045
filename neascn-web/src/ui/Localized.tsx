import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../api/types';
import { choose } from '../records/localized';
import { LANGUAGE_NAMES, interfaceLanguage } from '../i18n/languages';

/**
 * A record's text in the reader's language, or in its original language marked as such
 * (with the lang attribute, so that screen readers and fonts switch too).
 */
export function Localized({ value, as: Tag = 'span' }: { value: LocalizedText | undefined | null; as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' }) {
  const { t, i18n } = useTranslation('common');
  const chosen = choose(value, i18n.language);
  if (!chosen.text) return <Tag className="muted">{t('record.noText')}</Tag>;
  return (
    <Tag lang={chosen.language}>
      {chosen.text}
      {chosen.foreign && (
        <span className="lang-mark" title={t('record.original', { language: languageName(chosen.language) })}>
          {' '}
          <span aria-hidden="true">[{chosen.language}]</span>
          <span className="sr-only">{t('record.original', { language: languageName(chosen.language) })}</span>
        </span>
      )}
    </Tag>
  );
}

export function languageName(tag: string): string {
  const known = interfaceLanguage(tag);
  return known ? LANGUAGE_NAMES[known] : tag;
}
