// ECharts ships its locale objects without type declarations.
declare module 'echarts/i18n/*-obj.js' {
  const locale: object;
  export default locale;
}
