import { useState, type FormEvent } from 'react';

type SearchBoxProps = {
  /** The input's id; the hint is `${id}-hint`. */
  id: string;
  label: string;
  hint: string;
  buttonLabel: string;
  /** The search in the address. */
  q: string;
  onSearch: (q: string) => void;
};

/** A search form (role search) that applies on submit, with a hint under its label. */
export function SearchBox({ id, label, hint, buttonLabel, q, onSearch }: SearchBoxProps) {
  const [value, setValue] = useState(q);
  // When the address brings another search (history, reset), show it; typing is kept otherwise.
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    setValue(q);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" className="search-box" aria-label={label} onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <div className="search-box__row">
        <input
          id={id}
          type="search"
          name="q"
          maxLength={200}
          aria-describedby={`${id}-hint`}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button">
          {buttonLabel}
        </button>
      </div>
    </form>
  );
}
