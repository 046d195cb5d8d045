import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import { chartLocale, echarts } from './charts';

/**
 * One chart. It is described for screen readers by ECharts' aria support and by its label;
 * a table of the same figures sits beside every chart for those who cannot read it.
 */
export function Chart({ option, label, height = 280, onClick }: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
  onClick?: (params: { name?: string; data?: unknown; seriesName?: string; value?: unknown }) => void;
}) {
  const { i18n } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg', locale: chartLocale(i18n.language) });
    chart.setOption({ aria: { enabled: true, label: { description: label } }, animation: false, ...option });
    if (onClick) chart.on('click', (params) => onClick(params as never));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option, label, i18n.language, onClick]);
  return <div ref={element} className="chart" style={{ height }} role="img" aria-label={label} />;
}
