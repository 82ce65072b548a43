import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { RecordStatus } from '@/components/RecordStatus';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { useOrganisation } from '../api/get-organisation';
import { ContactList } from '../components/ContactList';
import { OrganisationDetails } from '../components/OrganisationDetails';
import { SelectionHistory } from '../components/SelectionHistory';
import { BackLink } from '@/components/BackLink';

/** Programme staff: edit any organisation. */
export const STAFF_ROLES = ['coordinator', 'admin'] as const;
/** Who sees the internal organisation list. */
export const LIST_ROLES = ['coordinator', 'admin', 'advisor'] as const;

export function OrganisationPage() {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  const auth = useAuth();
  const organisation = useOrganisation(id, { enabled: auth.authenticated });
  const canList = LIST_ROLES.some((role) => auth.hasRole(role));
  const isStaff = STAFF_ROLES.some((role) => auth.hasRole(role));
  // A partner user reads only its own organisation's internal profile, and edits it as "my organisation".
  const editLink = isStaff ? `/organisations/${id}/edit` : auth.hasRole('partner') ? '/my-organisation' : undefined;
  // One h1 from the start (focus moves to it on navigation); it shows the name once loaded.
  const title = organisation.data?.organisation.name ?? t('detail.title');

  return (
    <div className="content content--narrow">
      {canList && <BackLink to="/organisations">{t('detail.back')}</BackLink>}
      <PageHeading title={title}>{title}</PageHeading>
      <RequireRole>
        {!organisation.isSuccess ? (
          <RecordStatus
            query={organisation}
            loading={t('detail.loading')}
            notFound={t('detail.notFound')}
            notFoundStatuses={[400, 404]}
          />
        ) : (
          <>
            {editLink && (
              <p>
                <Link className="button" to={editLink}>
                  {t('detail.edit')}
                </Link>
              </p>
            )}
            <section aria-labelledby="organisation-profile">
              <h2 id="organisation-profile">{t('detail.profile')}</h2>
              <OrganisationDetails organisation={organisation.data.organisation} />
            </section>
            <ContactList organisationId={id} />
            {isStaff && <SelectionHistory organisationId={id} />}
          </>
        )}
      </RequireRole>
    </div>
  );
}
