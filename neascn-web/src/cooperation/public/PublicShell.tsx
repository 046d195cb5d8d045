import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router-dom';
import { LANGUAGES, LANGUAGE_NAMES } from '../../i18n/languages';
import { Waiting } from '../../ui/Waiting';

/** The frame of the public pages: no editing chrome, a language picker and a link to share the page. */
export default function PublicShell() {
  const { t, i18n } = useTranslation('public');
  const { network = '' } = useParams();
  const [copied, setCopied] = useState(false);
  const url = typeof window === 'undefined' ? '' : window.location.href;
  function share() {
    void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));
  }
  return (
    <>
      <a className="skip-link" href="#main">{t('skip')}</a>
      <header className="shell-header public-header">
        <Link to={`/public/networks/${network}`} className="brand">{t('brand', { network: network.toUpperCase() })}</Link>
        <div className="shell-tools">
          <label className="language-picker">
            <span className="sr-only">{t('language')}</span>
            <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)} aria-label={t('language')}>
              {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}
            </select>
          </label>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <div className="share" role="region" aria-label={t('share')}>
          <label htmlFor="share-link">{t('shareLink')}</label>{' '}
          <input id="share-link" readOnly value={url} size={48} onFocus={(e) => e.target.select()} />{' '}
          <button type="button" onClick={share}>{copied ? t('copied') : t('copy')}</button>
        </div>
        <Suspense fallback={<Waiting />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
