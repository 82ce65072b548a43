import { describedByOf, FieldMessages } from './FieldMessages';

type Option<T extends string> = { value: T; label: string };

type CheckboxGroupProps<T extends string> = {
  /** Prefix of the checkboxes' ids; unique on the page. */
  id: string;
  legend: string;
  options: Option<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  /** Shown below the legend, referenced by the group's aria-describedby. */
  error?: string;
  hint?: string;
};

/** A fieldset of checkboxes for a multi-valued field; keeps the options' order in what it reports. */
export function CheckboxGroup<T extends string>({ id, legend, options, selected, onChange, error, hint }: CheckboxGroupProps<T>) {
  const describedBy = describedByOf(id, hint, error);
  const toggle = (value: T, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((option) => option.value).filter((candidate) => next.has(candidate)));
  };
  return (
    <fieldset className={error ? 'checkbox-group checkbox-group--invalid' : 'checkbox-group'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="checkbox-group__options">
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <div key={option.value} className="checkbox">
              <input
                id={inputId}
                type="checkbox"
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={inputId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
