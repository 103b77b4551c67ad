import type { ReactNode } from 'react';

export interface TableColumn<Row> {
  id: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** What the column means, for the header's tooltip. */
  title?: string;
  cell: (row: Row) => ReactNode;
}

interface DataTableProps<Row> {
  caption: string;
  columns: ReadonlyArray<TableColumn<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  testId: string;
  /** A row's own test id, when tests pick rows. */
  rowTestId?: string;
}

/** A plain table that scrolls inside its frame, never the page, on a phone. */
export function DataTable<Row>({ caption, columns, rows, rowKey, testId, rowTestId }: DataTableProps<Row>) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={column.numeric ? 'numeric' : undefined} title={column.title}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((column) => (
                <td key={column.id} className={column.numeric ? 'numeric' : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
