import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useIdentity } from '../auth/useIdentity';
import { describe } from '../ui/Shell';
import { useTitle } from '../ui/useTitle';
import { signIn, signOut } from './session';
import { useSession } from './useSession';

/**
 * The sign-in page when the network signs people in through its OpenID provider: one button
 * to the provider's login page, and, once signed in, who the server takes the user to be and
 * the way out.
 */
export default function OidcSignIn() {
  const { t } = useTranslation(['signin', 'common']);
  useTitle(t('signin:title'));
  const { who } = useSession();
  const identity = useIdentity();
  const location = useLocation();
  const [failed, setFailed] = useState(false);
  const back = (location.state as { from?: string } | null)?.from ?? location.pathname.replace(/\/sign-in$/, '') ?? '/';

  if (who) {
    return (
      <section className="sign-in">
        <h1>{t('signin:title')}</h1>
        <p data-testid="signed-in-as">{t('signin:signedInAs', { who, role: describe(t, identity) })}</p>
        {identity.kind === 'public' && <p className="local-mode" role="note">{t('signin:noRole')}</p>}
        <button type="button" onClick={() => void signOut()}>{t('signin:signOut')}</button>
      </section>
    );
  }
  return (
    <section className="sign-in">
      <h1>{t('signin:title')}</h1>
      <p>{t('signin:explain')}</p>
      <button type="button" className="primary" onClick={() => signIn(back || '/').catch(() => setFailed(true))}>
        {t('signin:withProvider')}
      </button>
      {failed && <p role="alert" className="problem">{t('signin:unreachable')}</p>}
    </section>
  );
}
