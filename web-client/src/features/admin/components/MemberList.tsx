import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { ModalDialog } from '@/components/ModalDialog';
import { PagedResults } from '@/components/PagedResults';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMemberships, useRemoveMembership, type Membership } from '../api/memberships';

const PAGE_SIZE = 20;

/** Who belongs to which organisation: name and roles as far as the API knows them (from a redeemed invitation). */
export function MemberList({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation('admin');
  const [page, setPage] = useState(0);
  const memberships = useMemberships({ organisationId: organisationId || undefined, page, size: PAGE_SIZE });
  const remove = useRemoveMembership();
  const [removing, setRemoving] = useState<Membership | null>(null);
  const person = (membership: Membership) => membership.memberName ?? t('members.unknownName');
  return (
    <section>
      <h2 id="members-heading">{t('members.heading')}</h2>
      <PagedResults
        query={memberships}
        loading={t('members.loading')}
        empty={t('members.empty')}
        count={(count) => t('members.count', { count })}
        page={page}
        onPageChange={setPage}
      >
        {(items) => (
          <DataTable
            captionId="members-caption"
            caption={t('members.heading')}
            captionHidden
            columns={[
              { label: t('members.person') },
              { label: t('members.roles') },
              { label: t('members.organisation') },
              { label: t('members.since') },
              { label: t('members.actions') },
            ]}
          >
            {items.map((membership) => (
              <tr key={`${membership.subject}:${membership.organisation.id}`}>
                <td>
                  {person(membership)}
                  <br />
                  <small className="member-subject">{membership.subject}</small>
                </td>
                <td>
                  {membership.memberRoles
                    ? membership.memberRoles
                        .split(',')
                        .map((role) => t(`realmRoles.${role}`, { defaultValue: role }))
                        .join(', ')
                    : '–'}
                </td>
                <td>{membership.organisation.name}</td>
                <td>{new Date(membership.createdAt).toLocaleDateString(i18n.language)}</td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={`${t('members.remove')} ${person(membership)}, ${membership.organisation.name}`}
                    onClick={() => setRemoving(membership)}
                  >
                    {t('members.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </PagedResults>
      {removing && (
        <ModalDialog title={t('members.confirmTitle')} onClose={() => setRemoving(null)}>
          <p>{t('members.confirmText', { person: person(removing), organisation: removing.organisation.name })}</p>
          {remove.isError && <ProblemAlert error={remove.error} messages={{ 404: t('members.gone') }} />}
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { organisationId: removing.organisation.id, subject: removing.subject },
                  { onSuccess: () => setRemoving(null) },
                )
              }
            >
              {t('members.remove')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setRemoving(null)}>
              {t('cancel')}
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
