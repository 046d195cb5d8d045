import { useTranslation } from 'react-i18next';
import { formatPercent } from '../records/format';

/** How far a target or indicator has come, between its baseline (0) and its target (1). */
export function ProgressBar({ share, label }: { share: number | undefined | null; label: string }) {
  const { t, i18n } = useTranslation('common');
  if (share === undefined || share === null || Number.isNaN(share)) return <span className="muted">{t('progress.noData')}</span>;
  const clamped = Math.max(0, Math.min(1, share));
  return (
    <span className="progress">
      <progress max={1} value={clamped} aria-label={`${label}: ${formatPercent(share, i18n.language)}`} />{' '}
      <span>{formatPercent(share, i18n.language)}</span>
    </span>
  );
}
