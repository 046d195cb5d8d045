import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langJA from 'echarts/i18n/langJA-obj.js';
import langKO from 'echarts/i18n/langKO-obj.js';
import langRU from 'echarts/i18n/langRU-obj.js';
import langZH from 'echarts/i18n/langZH-obj.js';

/**
 * ECharts with only the parts the screens use (the whole library would double the download),
 * its own locales for the interface languages it ships (Mongolian falls back to English), and
 * SVG rendering, whose text uses the page's fonts.
 */
echarts.use([BarChart, PieChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, AriaComponent, SVGRenderer]);
echarts.registerLocale('KO', langKO as Parameters<typeof echarts.registerLocale>[1]);
echarts.registerLocale('JA', langJA as Parameters<typeof echarts.registerLocale>[1]);
echarts.registerLocale('RU', langRU as Parameters<typeof echarts.registerLocale>[1]);
echarts.registerLocale('ZH', langZH as Parameters<typeof echarts.registerLocale>[1]);

export function chartLocale(language: string): string {
  if (language.startsWith('zh')) return 'ZH';
  if (language === 'ko' || language === 'ja' || language === 'ru') return language.toUpperCase();
  return 'EN';
}

export { echarts };
