import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { ProblemAlert } from '@/components/ProblemAlert';
import { INVITATION_ROLES, useCreateInvitation, type Invitation, type InvitationRole } from '../api/invitations';
import { OrganisationPicker } from '@/components/OrganisationPicker';
import { invitationLink } from './invitation-link';

const FIELDS = ['organisationId', 'role'] as const;

/** Creates an invitation link for an organisation and a role, and shows the link to pass on. */
export function InviteForm() {
  const { t } = useTranslation('admin');
  const create = useCreateInvitation();
  const organisationId = useId();
  const roleId = useId();
  const [created, setCreated] = useState<Invitation | null>(null);
  const engine = useEntityForm({
    defaultValues: { organisationId: '', role: 'PARTNER' as InvitationRole },
    schema: z.looseObject({ organisationId: z.string().min(1, t('invite.organisationRequired')) }),
    fields: FIELDS,
    mutation: create,
    focusControl: (key) => (key === 'organisationId' ? organisationId : roleId),
    save: (values, callbacks) => create.mutate({ ...values, validDays: 14 }, callbacks),
    onSaved: (invitation, sent) => {
      setCreated(invitation as Invitation);
      return sent;
    },
  });

  return (
    <form className="form admin-form" aria-labelledby="invite-heading" noValidate onSubmit={engine.submit}>
      <h2 id="invite-heading">{t('invite.heading')}</h2>
      <p>{t('invite.intro')}</p>
      <OrganisationPicker
        id={organisationId}
        label={t('invite.organisation')}
        emptyOption={t('invite.chooseOrganisation')}
        required
        value={engine.values.organisationId}
        error={engine.errors.organisationId}
        onChange={(value) => engine.change({ organisationId: value })}
      />
      <SelectField
        id={roleId}
        label={t('invite.role')}
        hint={t('invite.roleHint')}
        required
        value={engine.values.role}
        error={engine.errors.role}
        onChange={(role) => engine.change({ role: role as InvitationRole })}
        options={INVITATION_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      {create.isError && !engine.errors.organisationId && !engine.errors.role && (
        <ProblemAlert error={create.error} messages={{ 403: t('forbidden') }} />
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('invite.creating') : t('invite.submit')}
        </button>
      </div>
      {created && (
        <div className="panel admin-result" role="status">
          <p className="admin-result__title">{t('invite.created', { organisation: created.organisation.name })}</p>
          <label htmlFor="invitation-link">{t('invite.link')}</label>
          <input id="invitation-link" className="invitation-link" readOnly value={invitationLink(created.code)} />
        </div>
      )}
    </form>
  );
}
