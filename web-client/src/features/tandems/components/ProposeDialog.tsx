import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { FormActions } from '@/components/form/FormActions';
import { NoteField } from '@/components/form/NoteField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { violationsByField } from '@/lib/api/problem';
import { useCreateTandem } from '../api/create-tandem';
import type { TandemVersioned } from '../api/get-tandem';
import type { TandemSuggestion } from '../api/get-tandem-suggestions';
import { percentPoints } from './format';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';

const FIELDS = ['selectionReason'] as const;

type ProposeDialogProps = {
  conceptId: string;
  conceptTitle: string;
  suggestion: TandemSuggestion;
  /** Whether a reason is needed: the candidate is not the top-ranked one. */
  reasonRequired: boolean;
  onClose: () => void;
};

/** Proposes the candidate as tandem; a lower-ranked one needs a reason (checked here and by the API). */
export function ProposeDialog({ conceptId, conceptTitle, suggestion, reasonRequired, onClose }: ProposeDialogProps) {
  const { t, i18n } = useTranslation('tandems');
  const navigate = useNavigate();
  const create = useCreateTandem();
  const reasonId = useId();
  const { organisation } = suggestion;
  const engine = useEntityForm({
    defaultValues: { selectionReason: '' },
    schema: z.object({
      selectionReason: reasonRequired
        ? z.string().refine((reason) => reason.trim() !== '', t('propose.reasonRequired'))
        : z.string(),
    }),
    fields: FIELDS,
    // The API names selectionReason in a violation or, failing that, in the detail of its 400.
    violations: (error) => {
      const sorted = violationsByField(error.violations, FIELDS);
      if (!sorted.byField.selectionReason && error.status === 400 && error.detail?.includes('selectionReason')) {
        sorted.byField.selectionReason = error.detail;
      }
      return sorted;
    },
    mutation: create,
    clearRefusalOnCheck: false,
    focusControl: () => reasonId,
    save: ({ selectionReason }, callbacks) =>
      create.mutate(
        {
          conceptId,
          tandemOrganisationId: organisation.id,
          ...(selectionReason.trim() ? { selectionReason: selectionReason.trim() } : {}),
        },
        callbacks,
      ),
    onSaved: (created: TandemVersioned) => void navigate(`/tandems/${created.tandem.id}`),
  });
  const serverError = engine.serverErrors.selectionReason;
  const error = engine.errors.selectionReason;

  return (
    <ModalDialog title={t('propose.title', { organisation: organisation.name })} onClose={onClose}>
      <p className="modal__subtitle">
        {t('propose.intro', {
          organisation: organisation.name,
          town: organisation.town,
          concept: conceptTitle,
          rank: suggestion.rank,
          score: percentPoints(suggestion.score, i18n.language),
        })}
      </p>
      <form className="form" noValidate onSubmit={engine.submit}>
        <NoteField
          id={reasonId}
          label={reasonRequired ? t('propose.reason') : t('propose.reasonOptional')}
          hint={reasonRequired ? t('propose.reasonHintRequired') : t('propose.reasonHintOptional')}
          error={error}
          maxLength={2000}
          required={reasonRequired}
          value={engine.values.selectionReason}
          autoFocus={reasonRequired}
          onChange={(selectionReason) => engine.change({ selectionReason })}
        />
        {create.isError && !serverError && (
          <div className="form-problem">
            <ProblemAlert error={create.error} messages={{ 403: t('propose.forbidden'), 409: t('propose.conflict') }} />
          </div>
        )}
        <FormActions texts="tandems:propose" submit="submit" pending={create.isPending} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
