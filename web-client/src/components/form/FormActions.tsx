import { useTranslation } from 'react-i18next';

type FormActionsProps = {
  /** Where the texts are, e.g. 'selection:decide': `${submit}`, saving and cancel. */
  texts: string;
  /** The key of the submit button's text (default: save). */
  submit?: string;
  /** The submit button's text when it is already translated (e.g. with a value in it); wins over `submit`. */
  submitLabel?: string;
  pending: boolean;
  onCancel: () => void;
};

/** The submit button (disabled and relabelled while saving) and "cancel" of a small form or dialog. */
export function FormActions({ texts, submit = 'save', submitLabel, pending, onCancel }: FormActionsProps) {
  const { t: translate } = useTranslation();
  const t = (key: string) => (translate as unknown as (key: string) => string)(`${texts}.${key}`);
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('saving') : (submitLabel ?? t(submit))}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
