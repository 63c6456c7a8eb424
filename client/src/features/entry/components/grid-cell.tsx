import type { ReactNode } from 'react';
import { OutcomeStatusSchema } from '@malbild/shared';
import type { Column } from '../grid/columns';
import type { CellPosition } from '../grid/navigation';
import { strings } from '../strings';
import { CHANGED_HINT_ID, errorId as errorIdOf } from '../grid/ids';

interface GridCellProps {
  column: Column;
  position: CellPosition;
  /** "Utfall 2023, 1 Antal invånare": the cell's name without the table around it. */
  label: string;
  text: string;
  /** In Swedish, shown beside the cell as the user types. */
  error: string | undefined;
  changed: boolean;
  /** Ids of further descriptions (result, conflict); false for none. */
  describedBy: readonly (string | false)[];
  onChange: (text: string) => void;
  children?: ReactNode;
}

export function GridCell({
  column,
  position,
  label,
  text,
  error,
  changed,
  describedBy,
  onChange,
  children,
}: GridCellProps) {
  const errorId = errorIdOf(position.row, position.col);
  const ids = [error && errorId, changed && CHANGED_HINT_ID, ...describedBy].filter(Boolean);
  const common = {
    'data-row': position.row,
    'data-col': position.col,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    className: 'entry-grid__input',
  } as const;
  const classes = ['entry-grid__cell', `entry-grid__col--${column.field}`];
  if (changed) classes.push('is-changed');
  if (error) classes.push('is-invalid');
  return (
    <td className={classes.join(' ')}>
      {column.input === 'status' ? (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          {OutcomeStatusSchema.options.map((status) => (
            <option key={status} value={status}>
              {strings.statusLabels[status]}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          value={text}
          onChange={(e) => onChange(e.target.value)}
          maxLength={column.maxLength}
          autoComplete="off"
          spellCheck={column.input === 'text'}
        />
      )}
      {error && (
        <p id={errorId} className="entry-grid__error">
          {error}
        </p>
      )}
      {children}
    </td>
  );
}
