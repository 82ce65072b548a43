import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describedByOf, FieldMessages } from './FieldMessages';

type CommonProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  hint?: string;
  error?: string;
};

/** What every control of a field carries: its id and name, value, required flag, ARIA state and change handler. */
type ControlProps = {
  id: string;
  name: string;
  value: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  onChange: (event: { target: { value: string } }) => void;
};

/**
 * Label, hint and error of one form control; the control references them with aria-describedby. The
 * control is rendered by `children` with the props every control carries.
 */
function FieldFrame({
  id,
  label,
  required,
  hint,
  error,
  value,
  onChange,
  children,
}: CommonProps & { children: (control: ControlProps) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <>
            {' '}
            <span className="field__required">({t('form.required')})</span>
          </>
        )}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({
        id,
        name: id,
        value,
        required,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedByOf(id, hint, error),
        onChange: (event) => onChange(event.target.value),
      })}
    </div>
  );
}

type TextFieldProps = CommonProps &
  Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'autoComplete' | 'maxLength' | 'className' | 'readOnly'>;

export function TextField({ id, label, value, onChange, required, hint, error, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} required={required} hint={hint} error={error} value={value} onChange={onChange}>
      {({ id: controlId, name, ...control }) => <input id={controlId} name={name} type="text" {...input} {...control} />}
    </FieldFrame>
  );
}

export function TextAreaField({ rows = 4, maxLength, ...field }: CommonProps & { rows?: number; maxLength?: number }) {
  return (
    <FieldFrame {...field}>
      {({ id, name, ...control }) => <textarea id={id} name={name} rows={rows} maxLength={maxLength} {...control} />}
    </FieldFrame>
  );
}

export function SelectField({
  options,
  emptyOption,
  ...field
}: CommonProps & { options: { value: string; label: string }[]; emptyOption?: string }) {
  return (
    <FieldFrame {...field}>
      {(control) => (
        <select {...control}>
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
