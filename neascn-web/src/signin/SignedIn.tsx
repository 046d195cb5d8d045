import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Waiting } from '../ui/Waiting';
import { completeSignIn } from './session';

/** Where the provider sends the browser back: trade the code for tokens, then go where the user was. */
export default function SignedIn() {
  const { t } = useTranslation('signin');
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    // The code can be redeemed once: React's development double effect must not try twice.
    if (started.current) return;
    started.current = true;
    completeSignIn()
      .then((returnTo) => navigate(returnTo, { replace: true }))
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
  }, [navigate]);
  if (failed) {
    return (
      <section className="problem" role="alert">
        <h1>{t('failed')}</h1>
        <p>{failed}</p>
        <a href="/">{t('home')}</a>
      </section>
    );
  }
  return <Waiting />;
}
