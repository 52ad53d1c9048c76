import type { ReactNode } from 'react';

/** A bordered, scrollable table with its header row; an empty heading becomes "Actions" for screen readers. */
export function Table({ columns, children }: { columns: string[]; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
                {column || <span className="sr-only">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Keyset paging: back to the first page, or on to the next cursor. */
export function Pager({ onFirst, onNext, firstLabel = '← Newest', nextLabel = 'Older →' }: { onFirst?: (() => void) | undefined; onNext?: (() => void) | undefined; firstLabel?: string; nextLabel?: string }) {
  if (!onFirst && !onNext) return null;
  return (
    <div className="pager">
      {onFirst && (
        <button type="button" className="button" onClick={onFirst}>
          {firstLabel}
        </button>
      )}
      {onNext && (
        <button type="button" className="button" onClick={onNext}>
          {nextLabel}
        </button>
      )}
    </div>
  );
}
