import { useTranslation } from 'react-i18next';
import { Chart } from '../../ui/Chart';
import { formatNumber } from '../../records/format';

/** A count by category as a bar chart, with the same figures as a table beneath it. */
export function CountFigure({ title, counts, label, onPick }: {
  title: string;
  counts: Record<string, number>;
  label: (key: string) => string;
  onPick?: (key: string) => void;
}) {
  const { t, i18n } = useTranslation('dashboard');
  const keys = Object.keys(counts);
  return (
    <figure className="figure">
      <figcaption><h2>{title}</h2></figcaption>
      {keys.length === 0 ? (
        <p className="muted">{t('noneYet')}</p>
      ) : (
        <>
          <Chart
            label={title}
            height={Math.max(160, keys.length * 34 + 40)}
            option={{
              grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'value', minInterval: 1 },
              yAxis: { type: 'category', data: keys.map(label), inverse: true },
              series: [{ type: 'bar', data: keys.map((k) => counts[k]), itemStyle: { color: '#0b5cad' } }],
            }}
            onClick={onPick ? (p) => p.name && onPick(keys[keys.map(label).indexOf(p.name)] ?? '') : undefined}
          />
          <details>
            <summary>{t('asTable')}</summary>
            <table>
              <tbody>
                {keys.map((k) => (
                  <tr key={k}>
                    <th scope="row">{label(k)}</th>
                    <td className="num">{formatNumber(counts[k], i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
