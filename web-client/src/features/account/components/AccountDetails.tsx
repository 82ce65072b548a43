import { useTranslation } from 'react-i18next';
import { useStateName } from '@/lib/use-state-name';
import type { Me } from '@/api/get-me';

export const PROGRAMME_ROLES = ['admin', 'coordinator', 'coach', 'partner', 'advisor', 'integration'] as const;
type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];

function isProgrammeRole(role: string): role is ProgrammeRole {
  return (PROGRAMME_ROLES as readonly string[]).includes(role);
}

export function AccountDetails({ me }: { me: Me }) {
  const { t } = useTranslation(['account', 'common']);
  const stateName = useStateName();
  // Keycloak's technical roles (offline_access, default-roles-…) mean nothing to users.
  const roles = me.roles.filter(isProgrammeRole);
  return (
    <dl className="details">
      <div>
        <dt>{t('account:name')}</dt>
        <dd>{me.name}</dd>
      </div>
      <div>
        <dt>{t('account:username')}</dt>
        <dd>{me.username}</dd>
      </div>
      {me.email && (
        <div>
          <dt>{t('account:email')}</dt>
          <dd>{me.email}</dd>
        </div>
      )}
      <div>
        <dt>{t('account:roles')}</dt>
        <dd>
          {roles.length > 0 ? (
            <ul className="tag-list">
              {roles.map((role) => (
                <li key={role} className="tag">
                  {t(`common:roles.${role}`)}
                </li>
              ))}
            </ul>
          ) : (
            t('account:noRoles')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('account:organisation')}</dt>
        <dd>{me.organisation?.name ?? t('account:noOrganisation')}</dd>
      </div>
      {me.states.length > 0 && (
        <div>
          <dt>{t('account:states')}</dt>
          <dd>{me.states.map(stateName).join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}
