type FormActionsProps = {
  pending: boolean;
  submitLabel: string;
  /** The submit button's text while the save runs. */
  pendingLabel: string;
  cancelLabel: string;
  onCancel: () => void;
};

/** The submit button (disabled and relabelled while saving) and "cancel" of a small form or dialog. */
export function FormActions({ pending, submitLabel, pendingLabel, cancelLabel, onCancel }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
