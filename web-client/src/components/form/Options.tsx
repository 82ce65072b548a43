import type { ReactNode } from 'react';

/** One `<option>` per value of a fixed list (statuses, types, formats), labelled by `label`. */
export function Options<T extends string | number>({ values, label }: { values: readonly T[]; label: (value: T) => ReactNode }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
