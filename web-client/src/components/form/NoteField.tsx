/** The props of a NoteField; `id` names the textarea, its hint is `${id}-hint` and its error `${id}-error`. */
type NoteFieldProps = {
  id: string;
  label: string;
  hint: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  required?: boolean;
  autoFocus?: boolean;
};

/** A free-text note of a dialog (reason, rationale, evidence): label, hint, error and the textarea they describe. */
export function NoteField({ id, label, hint, error, value, onChange, rows = 4, maxLength, required, autoFocus }: NoteFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        required={required}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        data-autofocus={autoFocus ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
