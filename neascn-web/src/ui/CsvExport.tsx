import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rawFetch } from '../api/client';
import { ProblemView } from './ProblemView';

/**
 * Downloads a list as CSV with the filters the user is looking at (the API streams any list as
 * CSV with ?format=csv). Fetched rather than linked, so that the chosen identity travels with it.
 */
export function CsvExport({ path, query, fileName }: { path: string; query: Record<string, string | undefined>; fileName: string }) {
  const { t } = useTranslation('common');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  async function download() {
    setBusy(true);
    setError(undefined);
    try {
      const params = new URLSearchParams();
      Object.entries(query).forEach(([k, v]) => v && k !== 'offset' && k !== 'limit' && params.set(k, v));
      params.set('format', 'csv');
      const response = await rawFetch(`${path}?${params}`, { headers: { Accept: 'text/csv' } });
      saveBlob(await response.blob(), fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="csv-export">
      <button type="button" onClick={download} disabled={busy} aria-busy={busy}>
        {busy ? t('csv.busy') : t('csv.download')}
      </button>
      {busy && <progress aria-label={t('csv.busy')} />}
      {error !== undefined && <ProblemView error={error} />}
    </span>
  );
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
