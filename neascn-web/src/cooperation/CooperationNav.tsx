import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** The cooperation screens in the network's navigation. */
export function CooperationNav({ base }: { base: string }) {
  const { t } = useTranslation('cooperation');
  return (
    <>
      <NavLink to={`${base}/initiatives`}>{t('nav.initiatives')}</NavLink>
      <NavLink to={`${base}/meetings`}>{t('nav.meetings')}</NavLink>
      <NavLink to={`${base}/action-items`}>{t('nav.actionItems')}</NavLink>
      <NavLink to={`${base}/monitoring`}>{t('nav.monitoring')}</NavLink>
      <NavLink to={`${base}/consultation`}>{t('nav.consultation')}</NavLink>
    </>
  );
}
