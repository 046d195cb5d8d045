import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useNetwork } from '../../api/queries';
import { Localized } from '../../ui/Localized';
import { Waiting } from '../../ui/Waiting';
import { ProblemView } from '../../ui/ProblemView';
import { useTitle } from '../../ui/useTitle';
import { choose } from '../../records/localized';

/** `/networks/{network}`: the network's dashboard. */
export default function Dashboard() {
  const { network = '' } = useParams();
  const { t, i18n } = useTranslation(['dashboard', 'common']);
  const record = useNetwork(network);
  useTitle(record.data ? choose(record.data.name, i18n.language).text : t('dashboard:title'));
  if (record.isPending) return <Waiting />;
  if (record.isError) return <ProblemView error={record.error} />;
  return (
    <section>
      <h1><Localized value={record.data.name} /></h1>
      <Localized value={record.data.description} as="p" />
    </section>
  );
}
