import { Fragment, type Key, type ReactNode } from 'react';
import { ScrollBox } from './scroll-box.js';

/** A column's header; `hideTitle` keeps it for screen readers only (a column of buttons or links). */
export interface Heading {
  title: string;
  hideTitle?: boolean;
}

/** A column: its header, and what an item shows in it. */
export interface Column<T> extends Heading {
  cell: (item: T) => ReactNode;
}

interface CommonProps<T> {
  items: readonly T[];
  rowKey: (item: T, index: number) => Key;
  testId?: string;
  className?: string;
  /** Names the table's scroll box for screen readers when it scrolls sideways; default: the first column's title. */
  label?: string;
  /** `data-*` attributes of an item's row, for tests and styles. */
  rowData?: (item: T) => Record<`data-${string}`, string>;
}

/** Cells from columns, or rows that render themselves (a row with state of its own, one that expands). */
type RowProps<T> = { columns: Column<T>[] } | { columns: Heading[]; row: (item: T) => ReactNode };

/**
 * A table of items, one row each, with column headers scoped for screen readers: the one place the UI writes
 * table markup. It sits in a `ScrollBox`, so a wide table scrolls sideways on its own, not the page.
 *
 * @example
 * ```tsx
 * <Table items={specs} rowKey={(s) => s.id} columns={[{ title: 'Version', cell: (s) => s.version }]} />
 * ```
 */
export function Table<T>(props: CommonProps<T> & RowProps<T>) {
  const { items, rowKey, testId, className, rowData, columns, label } = props;
  return (
    <ScrollBox label={label ?? `${columns.map((column) => column.title).join(', ')} table`}>
      <table data-testid={testId} className={className}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.title}>
                {column.hideTitle ? <span className="visually-hidden">{column.title}</span> : column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) =>
            'row' in props ? (
              <Fragment key={rowKey(item, index)}>{props.row(item)}</Fragment>
            ) : (
              <tr key={rowKey(item, index)} {...rowData?.(item)}>
                {props.columns.map((column) => (
                  <td key={column.title}>{column.cell(item)}</td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </ScrollBox>
  );
}
