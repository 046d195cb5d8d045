import { Link, Navigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useNetworks } from '../api/queries';
import { Localized } from '../ui/Localized';
import { Waiting } from '../ui/Waiting';
import { ProblemView } from '../ui/ProblemView';
import { Empty } from '../ui/Empty';
import { useTitle } from '../ui/useTitle';

/** `/`: the networks this server hosts, or straight to the only one. */
export default function NetworkList() {
  const { t } = useTranslation('common');
  useTitle(t('networks.title'));
  const networks = useNetworks();
  if (networks.isPending) return <Waiting />;
  if (networks.isError) return <ProblemView error={networks.error} onRetry={() => void networks.refetch()} />;
  const list = networks.data;
  if (list.length === 1) return <Navigate to={`/networks/${list[0]!.id}`} replace />;
  return (
    <section>
      <h1>{t('networks.title')}</h1>
      {list.length === 0 ? (
        <Empty title={t('networks.empty')} />
      ) : (
        <ul className="cards">
          {list.map((n) => (
            <li key={n.id} className="card">
              <h2><Link to={`/networks/${n.id}`}><Localized value={n.name} /></Link></h2>
              <Localized value={n.description} as="p" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
