import { useTranslation } from 'react-i18next';

/** The sanctions standing the server found under the network's regimes, in words and colour. */
export function SanctionsBadge({ status, summary }: { status: string; summary?: string }) {
  const { t } = useTranslation('cooperation');
  if (status === 'CLEAR') return <p className="badge badge-ok">{t('sanctions.CLEAR')}</p>;
  return (
    <p className={`badge ${status === 'EXEMPTED' ? 'badge-warn' : 'badge-danger'}`} data-sanctions={status} title={summary}>
      {t(`sanctions.${status}`)}
    </p>
  );
}
