import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../records/format';
import type { Matrix } from './useOverlapMatrix';

/**
 * The heat matrix as a table of buttons: every cell a keyboard stop with its score spoken, the
 * colour only a second cue (kept light enough that dark text passes WCAG AA contrast on every cell). A click or Enter opens the explanation of the pair.
 */
export function HeatMatrix({ matrix, memberName, selected, onPick }: { matrix: Matrix; memberName: (id: string) => string; selected?: [string, string]; onPick: (a: string, b: string) => void }) {
  const { t, i18n } = useTranslation('overlaps');
  const max = Math.max(0.0001, ...matrix.scores.values());
  return (
    <div className="table-wrap">
      <table className="heat">
        <caption>{t('matrixCaption')}</caption>
        <thead>
          <tr>
            <td />
            {matrix.plans.map((p) => <th key={p.plan} scope="col" className="heat-col"><span>{memberName(p.member)}</span></th>)}
          </tr>
        </thead>
        <tbody>
          {matrix.plans.map((row) => (
            <tr key={row.plan}>
              <th scope="row">{memberName(row.member)}</th>
              {matrix.plans.map((col) => {
                if (row.plan === col.plan) return <td key={col.plan} className="heat-self" aria-label={t('self')} />;
                const score = matrix.scores.get(`${row.plan}|${col.plan}`);
                const share = score === undefined ? 0 : score / max;
                const isSelected = selected?.[0] === row.plan && selected?.[1] === col.plan;
                return (
                  <td key={col.plan} style={{ background: score === undefined ? undefined : `rgba(11, 92, 173, ${0.08 + 0.54 * share})` }} className={isSelected ? 'selected' : ''}>
                    <button type="button" className="heat-cell" onClick={() => onPick(row.plan, col.plan)}
                      aria-label={t('cellLabel', { a: memberName(row.member), b: memberName(col.member), score: score === undefined ? t('notInTop') : formatNumber(score, i18n.language, 2) })}>
                      {score === undefined ? '·' : formatNumber(score, i18n.language, 2)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
