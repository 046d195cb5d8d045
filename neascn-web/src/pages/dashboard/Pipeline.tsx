import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { PipelineView, PipelineGroup } from '../../api/types';
import { Chart } from '../../ui/Chart';
import { ProblemView } from '../../ui/ProblemView';
import { Waiting } from '../../ui/Waiting';
import { formatMoney } from '../../records/format';

const CURRENCIES = ['USD', 'EUR', 'KRW', 'CNY', 'JPY', 'RUB', 'MNT', 'KPW'];
const KEY = 'neascn.rates';

/** The pair a missing-rate problem names ("supply a KRW/USD rate"), if it names one. */
export function missingPair(problem: unknown): [string, string] | undefined {
  if (!(problem instanceof ApiProblem) || problem.kind !== 'missing-exchange-rate') return undefined;
  const text = [problem.detail ?? '', ...problem.errors.map((e) => e.message)].join(' ');
  const match = /\b([A-Z]{3})\/([A-Z]{3})\b/.exec(text);
  return match ? [match[1]!, match[2]!] : undefined;
}

/**
 * Cost, secured funding and the gap by stage and country in one currency. Amounts in other
 * currencies are converted only with rates the user supplies: when one is missing the server
 * names the pair and the user is asked for it. Nothing is looked up or invented.
 */
export function Pipeline({ network, stageLabel, countryLabel }: { network: string; stageLabel: (k: string) => string; countryLabel: (k: string) => string }) {
  const { t, i18n } = useTranslation('dashboard');
  const [currency, setCurrency] = useState(() => sessionStorage.getItem(`${KEY}.currency`) ?? 'USD');
  const [rates, setRates] = useState<string[]>(() => JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as string[]);
  const pipeline = useQuery({
    queryKey: [network, 'pipeline', currency, rates],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/pipeline', { params: { path: { network }, query: { currency, rate: rates } } })) as Promise<PipelineView>,
  });
  function keep(nextCurrency: string, nextRates: string[]) {
    setCurrency(nextCurrency);
    setRates(nextRates);
    sessionStorage.setItem(`${KEY}.currency`, nextCurrency);
    sessionStorage.setItem(KEY, JSON.stringify(nextRates));
  }
  const pair = missingPair(pipeline.error);
  return (
    <section aria-labelledby="pipeline-title" className="pipeline">
      <h2 id="pipeline-title">{t('pipeline.title')}</h2>
      <div className="toolbar">
        <label>
          {t('pipeline.currency')}{' '}
          <select value={currency} onChange={(e) => keep(e.target.value, rates)}>
            {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        {rates.length > 0 && (
          <ul className="rates" aria-label={t('pipeline.ratesUsed')}>
            {rates.map((r) => (
              <li key={r}>
                <code>{r}</code>{' '}
                <button type="button" onClick={() => keep(currency, rates.filter((x) => x !== r))} aria-label={t('pipeline.removeRate', { rate: r })}>×</button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {pipeline.isPending && <Waiting what={t('pipeline.loading')} />}
      {pair && <RateForm from={pair[0]} to={pair[1]} onRate={(r) => keep(currency, [...rates.filter((x) => !x.startsWith(`${pair[0]}/${pair[1]}:`)), r])} />}
      {pipeline.isError && !pair && <ProblemView error={pipeline.error} />}
      {pipeline.data && <PipelineFigures view={pipeline.data} stageLabel={stageLabel} countryLabel={countryLabel} money={(a) => formatMoney(a, pipeline.data.currency, i18n.language)} />}
    </section>
  );
}

function RateForm({ from, to, onRate }: { from: string; to: string; onRate: (rate: string) => void }) {
  const { t } = useTranslation('dashboard');
  const [rate, setRate] = useState('');
  const [day, setDay] = useState('');
  const valid = /^[0-9]+(\.[0-9]+)?$/.test(rate) && Number(rate) > 0 && /^\d{4}-\d{2}-\d{2}$/.test(day);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (valid) onRate(`${from}/${to}:${rate}@${day}`);
  }
  return (
    <form className="rate-form" onSubmit={submit} aria-labelledby="rate-needed">
      <p id="rate-needed" role="status"><strong>{t('pipeline.rateNeeded', { from, to })}</strong> {t('pipeline.rateWhy')}</p>
      <label>
        {t('pipeline.rateValue', { from, to })}{' '}
        <input inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value.trim())} required aria-invalid={rate !== '' && !valid} />
      </label>
      <label>
        {t('pipeline.rateDate')}{' '}
        <input type="date" value={day} onChange={(e) => setDay(e.target.value)} required />
      </label>
      <button type="submit" className="primary" disabled={!valid}>{t('pipeline.useRate')}</button>
    </form>
  );
}

function PipelineFigures({ view, stageLabel, countryLabel, money }: { view: PipelineView; stageLabel: (k: string) => string; countryLabel: (k: string) => string; money: (a: number | undefined) => string }) {
  const { t } = useTranslation('dashboard');
  return (
    <>
      <ul className="kpis">
        <li className="kpi"><span className="kpi-value">{money(view.total?.totalCost?.amount)}</span>{t('pipeline.cost')}</li>
        <li className="kpi"><span className="kpi-value">{money(view.total?.secured?.amount)}</span>{t('pipeline.secured')}</li>
        <li className="kpi"><span className="kpi-value">{money(view.total?.gap?.amount)}</span>{t('pipeline.gap')}</li>
      </ul>
      <div className="grid-2">
        <TallyFigure title={t('pipeline.byStage')} tallies={view.byStage ?? {}} label={stageLabel} money={money} />
        <TallyFigure title={t('pipeline.byCountry')} tallies={view.byCountry ?? {}} label={countryLabel} money={money} />
      </div>
    </>
  );
}

function TallyFigure({ title, tallies, label, money }: { title: string; tallies: Record<string, PipelineGroup>; label: (k: string) => string; money: (a: number | undefined) => string }) {
  const { t } = useTranslation('dashboard');
  const keys = Object.keys(tallies);
  const option = useMemo(() => ({
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: keys.map(label), inverse: true },
    series: [
      { name: t('pipeline.secured'), type: 'bar', stack: 'cost', data: keys.map((k) => tallies[k]?.secured?.amount ?? 0), itemStyle: { color: '#1a7f37' } },
      { name: t('pipeline.gap'), type: 'bar', stack: 'cost', data: keys.map((k) => tallies[k]?.gap?.amount ?? 0), itemStyle: { color: '#bc4c00' } },
    ],
  }), [keys, tallies, label, t]);
  if (keys.length === 0) return <p className="muted">{t('noneYet')}</p>;
  return (
    <figure className="figure">
      <figcaption><h3>{title}</h3></figcaption>
      <Chart label={title} option={option} height={Math.max(180, keys.length * 36 + 60)} />
      <details>
        <summary>{t('asTable')}</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">{title}</th><th scope="col" className="num">{t('pipeline.projects')}</th><th scope="col" className="num">{t('pipeline.cost')}</th><th scope="col" className="num">{t('pipeline.secured')}</th><th scope="col" className="num">{t('pipeline.gap')}</th></tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k}>
                  <th scope="row">{label(k)}</th>
                  <td className="num">{tallies[k]?.projects}</td>
                  <td className="num">{money(tallies[k]?.totalCost?.amount)}</td>
                  <td className="num">{money(tallies[k]?.secured?.amount)}</td>
                  <td className="num">{money(tallies[k]?.gap?.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
