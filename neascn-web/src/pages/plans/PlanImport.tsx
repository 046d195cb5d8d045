import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { rawFetch } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ProblemView } from '../../ui/ProblemView';
import { saveBlob } from '../../ui/CsvExport';

/** The blank SCAP spreadsheet template, or a plan's own as a spreadsheet. */
export function TemplateLink({ network, plan }: { network: string; plan?: string }) {
  const { t } = useTranslation('plans');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  async function download() {
    setBusy(true);
    setError(undefined);
    try {
      const path = plan ? `/api/v1/networks/${network}/plans/${plan}/template.xlsx` : `/api/v1/networks/${network}/plan-template.xlsx`;
      const response = await rawFetch(path);
      saveBlob(await response.blob(), plan ? `${plan}.xlsx` : `${network}-plan-template.xlsx`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <span>
      <button type="button" onClick={download} disabled={busy} aria-busy={busy}>{plan ? t('import.downloadPlan') : t('import.downloadTemplate')}</button>
      {busy && <progress aria-label={t('import.preparing')} />}
      {error !== undefined && <ProblemView error={error} />}
    </span>
  );
}

/** What the server answers for an imported plan: its id, version and the projects created. */
interface Imported {
  plan?: string;
  projects?: string[];
}

/**
 * Imports a filled-in SCAP spreadsheet (XLSX or CSV): all or nothing. A refused file lists
 * each problem against its sheet, row and column, as the server found it.
 */
export function PlanImport({ network }: { network: string }) {
  const { t } = useTranslation(['plans', 'problems']);
  const queries = useQueryClient();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<string>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setCreated(undefined);
    try {
      const csv = file.name.toLowerCase().endsWith('.csv');
      const response = await rawFetch(`/api/v1/networks/${network}/plans/import`, {
        method: 'POST',
        body: file,
        headers: { 'Content-Type': csv ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Accept: 'application/json' },
      });
      const body = (await response.json().catch(() => ({}))) as Imported;
      const location = response.headers.get('Location') ?? '';
      setCreated(body.plan ?? location.split('/').pop());
      await queries.invalidateQueries({ queryKey: [network] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const problems = error instanceof ApiProblem ? error.problems : [];
  return (
    <details className="import">
      <summary>{t('plans:import.title')}</summary>
      <form onSubmit={submit}>
        <p>{t('plans:import.explain')}</p>
        <label>{t('plans:import.file')}{' '}
          <input type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={(e) => setFile(e.target.files?.[0])} />
        </label>
        <button type="submit" className="primary" disabled={!file || busy} aria-busy={busy}>{t('plans:import.submit')}</button>
        {busy && <span role="status"><progress aria-label={t('plans:import.busy')} /> {t('plans:import.busy')}</span>}
      </form>
      {created && <p role="status" className="badge ok">{t('plans:import.done')} <Link to={`/networks/${network}/plans/${created}`}>{created}</Link></p>}
      {error !== undefined && <ProblemView error={error} />}
      {problems.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{t('plans:import.problems', { count: problems.length })}</caption>
            <thead><tr><th scope="col">{t('plans:import.sheet')}</th><th scope="col" className="num">{t('plans:import.row')}</th><th scope="col">{t('plans:import.column')}</th><th scope="col">{t('plans:import.message')}</th></tr></thead>
            <tbody>
              {problems.map((p, i) => <tr key={i}><td>{p.sheet}</td><td className="num">{p.row}</td><td>{p.column}</td><td>{p.message}</td></tr>)}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
