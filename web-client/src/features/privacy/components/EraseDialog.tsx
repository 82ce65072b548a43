import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions } from '@/components/form/FormActions';
import { TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useErasePersonalData, type PersonalDataErasure } from '../api/erase-personal-data';
import type { PersonLookup } from '../api/get-personal-data';

const FIELDS = ['confirmation'] as const;
type Values = { confirmation: string };

type EraseDialogProps = {
  lookup: PersonLookup;
  rows: number;
  onClose: () => void;
  onErased: (erasure: PersonalDataErasure) => void;
};

/** The admin types the subject or e-mail address again before the person is erased for good. */
export function EraseDialog({ lookup, rows, onClose, onErased }: EraseDialogProps) {
  const { t } = useTranslation('privacy');
  const erase = useErasePersonalData();
  const id = useId();
  const engine = useEntityForm<Values, (typeof FIELDS)[number], PersonalDataErasure>({
    defaultValues: { confirmation: '' },
    schema: z.object({
      confirmation: z.string().refine((typed) => typed.trim().toLowerCase() === lookup.value.toLowerCase(), t('erase.mismatch')),
    }),
    fields: FIELDS,
    mutation: erase,
    clearRefusalOnCheck: false,
    focusControl: () => id,
    save: ({ confirmation }, callbacks) => erase.mutate({ lookup, confirmation: confirmation.trim() }, callbacks),
    onSaved: (erasure) => void onErased(erasure),
  });

  return (
    <ModalDialog title={t('erase.title')} onClose={onClose}>
      <p className="modal__subtitle">{t('erase.warning', { count: rows })}</p>
      <form className="form" noValidate onSubmit={engine.submit}>
        <TextField
          id={id}
          label={t('erase.confirmation', { value: lookup.value })}
          hint={t('erase.confirmationHint')}
          required
          maxLength={255}
          autoComplete="off"
          value={engine.values.confirmation}
          error={engine.errors.confirmation}
          onChange={(confirmation) => engine.change({ confirmation })}
        />
        {erase.isError && (
          <div className="form-problem">
            <ProblemAlert error={erase.error} messages={{ 404: t('erase.notFound'), 409: t('erase.self') }} />
          </div>
        )}
        <FormActions texts="privacy:erase" submit="submit" pending={erase.isPending} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
