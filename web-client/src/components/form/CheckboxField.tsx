type CheckboxFieldProps = { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void };

/** One checkbox with its label after it (a yes/no field such as "archived"). */
export function CheckboxField({ id, label, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
