import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { FormActions } from '@/components/form/FormActions';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useAuth } from '@/lib/auth-context';
import { useCreateConcept } from '../api/create-concept';
import { useMe } from '@/api/get-me';
import type { ConceptVersioned } from '../api/get-concept';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';

/** "Neues Transferkonzept" for partner users: a draft for the caller's organisation, then on to its editor. */
export function NewConceptButton() {
  const { t } = useTranslation('concepts');
  const auth = useAuth();
  const isPartner = auth.authenticated && auth.hasRole('partner');
  const me = useMe({ enabled: isPartner });
  const [open, setOpen] = useState(false);
  const organisation = me.data?.organisation;
  if (!isPartner || !organisation) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('create.button')}
      </button>
      {open && (
        <NewConceptDialog organisationId={organisation.id} organisationName={organisation.name} onClose={() => setOpen(false)} />
      )}
    </>
  );
}

function NewConceptDialog({
  organisationId,
  organisationName,
  onClose,
}: {
  organisationId: string;
  organisationName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('concepts');
  const navigate = useNavigate();
  const create = useCreateConcept();
  const titleId = useId();
  const engine = useEntityForm({
    defaultValues: { title: '' },
    schema: z.object({ title: z.string().refine((title) => title.trim() !== '', t('create.titleRequired')) }),
    fields: ['title'] as const,
    mutation: create,
    clearRefusalOnCheck: false,
    focusControl: () => titleId,
    save: ({ title }, callbacks) => create.mutate({ organisationId, title: title.trim() }, callbacks),
    onSaved: (created: ConceptVersioned) => void navigate(`/concepts/${created.concept.id}/edit`),
  });
  const serverError = engine.serverErrors.title;
  const error = engine.errors.title;

  return (
    <ModalDialog title={t('create.title')} onClose={onClose}>
      <p className="modal__subtitle">{t('create.intro', { organisation: organisationName })}</p>
      <form className="form" noValidate onSubmit={engine.submit}>
        <div className={error ? 'field field--invalid' : 'field'}>
          <label htmlFor={titleId}>{t('create.titleLabel')}</label>
          {error && (
            <p id={`${titleId}-error`} className="field__error">
              {error}
            </p>
          )}
          <input
            id={titleId}
            type="text"
            maxLength={200}
            required
            value={engine.values.title}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${titleId}-error` : undefined}
            onChange={(event) => engine.change({ title: event.target.value })}
          />
        </div>
        {create.isError && !serverError && <ProblemAlert error={create.error} messages={{}} />}
        <FormActions texts="concepts:create" submit="submit" pending={create.isPending} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
