import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown while something loads. Nothing for the first few hundred milliseconds (a flash of a
 * spinner reads as a flicker), then a progress indicator that says what is awaited, so that
 * every wait over a second is visible.
 */
export function Waiting({ what, delay = 300 }: { what?: string; delay?: number }) {
  const { t } = useTranslation('common');
  const [shown, setShown] = useState(delay === 0);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), delay);
    return () => clearTimeout(timer);
  }, [delay]);
  if (!shown) return <div className="waiting" aria-busy="true" />;
  return (
    <div className="waiting" role="status" aria-live="polite" aria-busy="true">
      <progress aria-label={what ?? t('waiting.loading')} />
      <span>{what ?? t('waiting.loading')}</span>
    </div>
  );
}
