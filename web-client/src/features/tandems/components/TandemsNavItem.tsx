import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';

/** Roles that take part in tandems; the API filters which tandems each of them sees. */
export const TANDEM_ROLES = ['coordinator', 'admin', 'partner', 'coach'] as const;
/** Roles that may see suggestions and propose tandems. */
export const STAFF_ROLES = ['coordinator', 'admin'] as const;

/**
 * "Tandems" in the main navigation, for signed-in users with a role that takes part in tandems: under
 * programme management for staff (`staff`), under "my work" for partners and coaches.
 */
export function TandemsNavItem({ staff }: { staff: boolean }) {
  const { t } = useTranslation('tandems');
  const auth = useAuth();
  if (!auth.authenticated || !TANDEM_ROLES.some((role) => auth.hasRole(role))) return null;
  const isStaff = STAFF_ROLES.some((role) => auth.hasRole(role));
  if (isStaff !== staff) return null;
  return (
    <li>
      <NavLink to="/tandems">{t('nav')}</NavLink>
    </li>
  );
}
