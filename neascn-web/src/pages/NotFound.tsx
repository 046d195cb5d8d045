import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../ui/useTitle';

export default function NotFound() {
  const { t } = useTranslation('common');
  useTitle(t('notFound.title'));
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.detail')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}
