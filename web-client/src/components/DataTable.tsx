import type { ReactNode } from 'react';

/** A column heading; `numeric` right-aligns it like its cells. */
export type Column = { key?: string; label: ReactNode; numeric?: boolean };

type DataTableProps = {
  captionId: string;
  caption: ReactNode;
  /** Only for screen readers, when a heading above already names the table. */
  captionHidden?: boolean;
  /** Further classes of the table besides data-table. */
  className?: string;
  /** Left out where false (a column only some callers see). */
  columns: (Column | false)[];
  /** The rows. */
  children: ReactNode;
};

/** A data table in a focusable region named by its caption, so keyboard users can scroll a table wider than the screen. */
export function DataTable({ captionId, caption, captionHidden = false, className, columns, children }: DataTableProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map(
              (column, index) =>
                column && (
                  <th key={column.key ?? index} scope="col" className={column.numeric ? 'data-table__number' : undefined}>
                    {column.label}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
