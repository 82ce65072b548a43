import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { ModalDialog } from '@/components/ModalDialog';
import { PagedResults } from '@/components/PagedResults';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useInvitations, useRevokeInvitation, type Invitation } from '../api/invitations';
import { invitationLink } from './invitation-link';

const PAGE_SIZE = 10;

/** The invitations, newest first, each with its link and, while open, a revoke button that asks first. */
export function InvitationList({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation('admin');
  const [page, setPage] = useState(0);
  const invitations = useInvitations({ organisationId: organisationId || undefined, page, size: PAGE_SIZE });
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const date = (value: string) => new Date(value).toLocaleDateString(i18n.language);
  return (
    <section>
      <h2 id="invitations-heading">{t('invitations.heading')}</h2>
      {revoke.isError && !revoking && (
        <ProblemAlert error={revoke.error} messages={{ 409: t('invitations.notOpen'), 412: t('invitations.stale') }} />
      )}
      <PagedResults
        query={invitations}
        loading={t('invitations.loading')}
        empty={t('invitations.empty')}
        count={(count) => t('invitations.count', { count })}
        page={page}
        onPageChange={setPage}
      >
        {(items) => (
          <DataTable
            captionId="invitations-caption"
            caption={t('invitations.heading')}
            captionHidden
            columns={[
              { label: t('invitations.organisation') },
              { label: t('invitations.role') },
              { label: t('invitations.status') },
              { label: t('invitations.expires') },
              { label: t('invitations.link') },
              { label: t('invitations.actions') },
            ]}
          >
            {items.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.organisation.name}</td>
                <td>{t(`roles.${invitation.role}`)}</td>
                <td>{t(`invitations.statuses.${invitation.status}`)}</td>
                <td>{date(invitation.expiresAt)}</td>
                <td>
                  {invitation.status === 'OPEN' ? (
                    <code className="invitation-code">{invitationLink(invitation.code)}</code>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  {invitation.status === 'OPEN' && (
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`${t('invitations.revoke')} ${invitation.organisation.name}`}
                      onClick={() => setRevoking(invitation)}
                    >
                      {t('invitations.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </PagedResults>
      {revoking && (
        <ModalDialog title={t('invitations.confirmTitle')} onClose={() => setRevoking(null)}>
          <p>{t('invitations.confirmText', { organisation: revoking.organisation.name })}</p>
          {revoke.isError && (
            <ProblemAlert error={revoke.error} messages={{ 409: t('invitations.notOpen'), 412: t('invitations.stale') }} />
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={revoke.isPending}
              onClick={() => revoke.mutate(revoking, { onSuccess: () => setRevoking(null) })}
            >
              {t('invitations.revoke')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setRevoking(null)}>
              {t('cancel')}
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
