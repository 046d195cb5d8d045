import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { dismissNotice } from './session';
import { useSession } from './useSession';

/** Says so when a session has ended by itself (a lapsed token), so nobody writes into the void. */
export function SessionNotice() {
  const { t } = useTranslation('signin');
  const { notice } = useSession();
  const { network } = useParams();
  if (notice !== 'expired') return null;
  return (
    <div className="local-mode session-notice" role="alert">
      {t('expired')}{' '}
      <Link to={network ? `/networks/${network}/sign-in` : '/sign-in'} onClick={dismissNotice}>{t('again')}</Link>{' '}
      <button type="button" onClick={dismissNotice}>{t('dismiss')}</button>
    </div>
  );
}
