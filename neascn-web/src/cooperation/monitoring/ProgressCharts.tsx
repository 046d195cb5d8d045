import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../ui/Chart';
import type { ProgressSummary } from '../api';

const STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const;
const COLOURS: Record<(typeof STATUSES)[number], string> = {
  ACHIEVED: '#1a7f37', ON_TRACK: '#4c9f38', AT_RISK: '#b08800', OFF_TRACK: '#a40e26', NO_DATA: '#8c959f',
};

/**
 * A roll-up as a chart and as a table of the same figures: per target, focus area or member,
 * how many indicators stand where, and the mean share of the way to target achieved.
 */
export function ProgressCharts({ title, rollup, names, testId }: {
  title: string; rollup: Record<string, ProgressSummary> | undefined; names?: (key: string) => string; testId: string;
}) {
  const { t, i18n } = useTranslation('cooperation');
  const entries = Object.entries(rollup ?? {});
  const label = (k: string) => (names ? names(k) : k);
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: entries.map(([k]) => label(k)) },
    series: STATUSES.map((s) => ({
      name: t(`progress.${s}`), type: 'bar', stack: 'indicators', itemStyle: { color: COLOURS[s] },
      data: entries.map(([, v]) => v.counts?.[s] ?? 0),
    })),
  }), [entries, t, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  if (entries.length === 0) return <p className="muted">{t('progress.none')}</p>;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <figure className="progress-figure" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <Chart option={option} label={title} height={Math.max(160, 48 * entries.length + 80)} />
      <table className="table">
        <thead><tr><th scope="col">{t('progress.of')}</th><th scope="col">{t('progress.status')}</th><th scope="col">{t('progress.indicators')}</th><th scope="col">{t('progress.achieved')}</th></tr></thead>
        <tbody>
          {entries.map(([k, v]) => (
            <tr key={k} data-rollup={k}>
              <th scope="row">{label(k)}</th>
              <td>{t(`progress.${v.status ?? 'NO_DATA'}`)}</td>
              <td>{v.indicators ?? 0}</td>
              <td data-achieved={v.meanAchievedShare ?? ''}>{v.meanAchievedShare === undefined || v.meanAchievedShare === null ? '–' : percent.format(Number(v.meanAchievedShare))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
