import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';

type ConfirmDialogProps = {
  /** The step, as on its button ("Sperren", "Veröffentlichen"). */
  action: string;
  /** What it is taken on ("Zeitraum „Q1 2026“"). */
  subject: string;
  /** What will happen to it, in one or two plain sentences. */
  consequence: string;
  /** True when the step cannot be taken back; the dialog then says so. */
  irreversible?: boolean;
  pending: boolean;
  /** False while required fields (children) are missing; the confirm button stays disabled. */
  canConfirm?: boolean;
  /** Called with the form's submit event (a form engine may take it over). */
  onConfirm: (event: FormEvent) => void;
  onCancel: () => void;
  /** Fields the step needs (a reason, a note) and the API's refusal, between the text and the buttons. */
  children?: ReactNode;
};

/**
 * The confirmation before an irreversible or weighty step, with the same wording everywhere: the title names
 * the step and what it is taken on, the text says what will happen, the confirm button repeats the step.
 */
export function ConfirmDialog({
  action,
  subject,
  consequence,
  irreversible = false,
  pending,
  canConfirm = true,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending && canConfirm) onConfirm(event);
  };
  return (
    <ModalDialog title={t('confirm.title', { action, subject })} onClose={onCancel}>
      <p className="modal__subtitle">{consequence}</p>
      {irreversible && <p className="confirm__irreversible">{t('confirm.irreversible')}</p>}
      <form className="form" noValidate onSubmit={submit}>
        {children}
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending || !canConfirm}>
            {pending ? t('confirm.pending') : t('confirm.confirm', { action })}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('confirm.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
