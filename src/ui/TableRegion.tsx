/**
 * A wide table in a keyboard-scrollable region (usable at 200 % zoom). The region gets its own
 * name, distinct from the section it sits in (axe: landmark-unique). For a list that people read
 * on a phone, prefer `ResponsiveTable` below: its rows become cards instead of scrolling.
 */
import type { ReactNode } from 'react';

export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Tableau : ${label}`}>
      {children}
    </div>
  );
}

export interface Column<Row> {
  /** The column's heading, also the label of the value when the table becomes cards. */
  header: string;
  cell: (row: Row) => ReactNode;
  /** The first column names the row (a row header); set `isRowHeader` to pick another. */
  isRowHeader?: boolean;
  /**
   * Buttons and links acting on the row: on a card they sit in a row at the bottom, without their
   * column's heading above them (each carries its own name).
   */
  isActions?: boolean;
}

/**
 * A table that becomes a list of cards below 40rem (no horizontal scrolling on a phone): the
 * row header becomes the card's title (first, wherever its column is) and each other cell shows its
 * column's heading above it. Explicit table roles keep the semantics when CSS changes the display
 * (Safari drops them). With no rows it shows `empty` (an EmptyState, usually) instead of an empty
 * table. A table whose cells cannot be described by columns (row spans, forms) gets the same
 * cards from the `responsive-table` classes and `data-label` attributes on its cells.
 */
export function ResponsiveTable<Row>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: string;
  /** Show the caption as the table's title (hidden by default: a heading usually names the table). */
  captionVisible?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  empty?: ReactNode;
}) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  const header = columns.findIndex((c) => c.isRowHeader);
  const headerIndex = header === -1 ? 0 : header;
  return (
    <div className="responsive-table-wrap">
      <table className="responsive-table" role="table">
        <caption className={captionVisible ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th key={column.header} scope="col" role="columnheader">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={rowKey(row)} role="row">
              {columns.map((column, index) =>
                index === headerIndex ? (
                  <th key={column.header} scope="row" role="rowheader" data-label={column.header}>
                    {column.cell(row)}
                  </th>
                ) : column.isActions ? (
                  <td key={column.header} role="cell" className="responsive-table-actions">
                    {column.cell(row)}
                  </td>
                ) : (
                  <td key={column.header} role="cell" data-label={column.header}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
