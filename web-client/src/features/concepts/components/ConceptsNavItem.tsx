import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** "Transferkonzepte" in the main navigation, for everybody (anonymous users see the published ones). */
export function ConceptsNavItem() {
  const { t } = useTranslation('concepts');
  return (
    <li>
      <NavLink to="/concepts">{t('nav')}</NavLink>
    </li>
  );
}
