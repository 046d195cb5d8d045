import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema.gen';

type Missing = components['schemas']['MissingData'];
type Named = components['schemas']['Named'];

/** Records that lack what the network's work needs, each a link to where it is fixed. */
export function MissingData({ network, missing }: { network: string; missing: Missing | undefined }) {
  const { t } = useTranslation('dashboard');
  const base = `/networks/${network}`;
  const groups: [string, Named[], (n: Named) => string][] = [
    [t('missing.noPublishedPlan'), missing?.membersWithoutPublishedPlan ?? [], (n) => `${base}/members/${n.id}`],
    [t('missing.noCost'), missing?.projectsWithoutCost ?? [], (n) => `${base}/projects/${n.id}`],
    [t('missing.noLocation'), missing?.projectsWithoutLocation ?? [], (n) => `${base}/projects/${n.id}`],
  ];
  const any = groups.some(([, items]) => items.length > 0);
  return (
    <section aria-labelledby="missing-title" className="missing">
      <h2 id="missing-title">{t('missing.title')}</h2>
      {!any && <p className="muted">{t('missing.none')}</p>}
      <div className="grid-2">
        {groups.filter(([, items]) => items.length > 0).map(([title, items, link]) => (
          <div key={title} className="card">
            <h3>{title} <span className="badge warn">{items.length}</span></h3>
            <ul>
              {items.slice(0, 8).map((n) => <li key={n.id}><Link to={link(n)}>{n.displayName}</Link></li>)}
              {items.length > 8 && <li className="muted">+{items.length - 8}</li>}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
