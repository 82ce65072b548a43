type FilterSelectProps = {
  id: string;
  label: string;
  /** The current choice; empty or undefined: all. */
  value: string | undefined;
  /** The text of the empty choice ("Alle Bundesländer"). */
  allLabel: string;
  options: { value: string; label: string }[];
  /** Called with the new choice, undefined for "all". */
  onChange: (value: string | undefined) => void;
};

/** A list filter as a labelled select whose first choice is "all". */
export function FilterSelect({ id, label, value, allLabel, options, onChange }: FilterSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
