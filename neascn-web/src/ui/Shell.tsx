import { Suspense } from 'react';
import { Link, NavLink, Outlet, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/languages';
import { useIdentity } from '../auth/useIdentity';
import { Waiting } from './Waiting';
import { SessionNotice } from '../signin/SessionNotice';
import { CooperationNav } from '../cooperation/CooperationNav';

/** The frame of every screen: skip link, the network's navigation, language and identity. */
export function Shell() {
  const { t, i18n } = useTranslation('common');
  const { network } = useParams();
  const identity = useIdentity();
  const base = network ? `/networks/${network}` : undefined;
  return (
    <>
      <a className="skip-link" href="#main">{t('shell.skip')}</a>
      <header className="shell-header">
        <Link to={base ?? '/'} className="brand">{t('shell.brand')}</Link>
        {base && (
          <nav aria-label={t('shell.navigation')} className="shell-nav">
            <NavLink to={base} end>{t('nav.dashboard')}</NavLink>
            <NavLink to={`${base}/map`}>{t('nav.map')}</NavLink>
            <NavLink to={`${base}/members`}>{t('nav.members')}</NavLink>
            <NavLink to={`${base}/partners`}>{t('nav.partners')}</NavLink>
            <NavLink to={`${base}/plans`}>{t('nav.plans')}</NavLink>
            <NavLink to={`${base}/projects`}>{t('nav.projects')}</NavLink>
            <NavLink to={`${base}/overlaps`}>{t('nav.overlaps')}</NavLink>
            <CooperationNav base={base} />
          </nav>
        )}
        <div className="shell-tools">
          <label className="language-picker">
            <span className="sr-only">{t('shell.language')}</span>
            <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)} aria-label={t('shell.language')}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>
              ))}
            </select>
          </label>
          <Link to={base ? `${base}/sign-in` : '/sign-in'} className="identity" data-identity={identity.kind}>
            {identity.kind === 'public' ? t('identity.signIn') : t('identity.as', { who: describe(t, identity) })}
          </Link>
        </div>
      </header>
      <SessionNotice />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Waiting />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

export function describe(t: T, identity: ReturnType<typeof useIdentity>): string {
  switch (identity.kind) {
    case 'public':
      return t('identity.role.public');
    case 'secretariat':
      return t('identity.role.secretariat');
    case 'member-editor':
      return t('identity.role.memberEditorOf', { member: identity.member });
    case 'partner':
      return t('identity.role.partnerOf', { partner: identity.partner });
  }
}
