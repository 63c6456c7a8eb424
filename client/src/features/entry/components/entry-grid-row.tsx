import type { Dispatch } from 'react';
import { formatSwedishNumber, type EntryRow } from '@malbild/shared';
import { cellText } from '../grid/changes';
import { differs, parseCell } from '../grid/cells';
import { COLUMNS, type Kind } from '../grid/columns';
import { draftKey, type DraftKey, type GridAction, type GridState } from '../grid/draft-state';
import { strings } from '../strings';
import { conflictId, resultId } from '../grid/ids';
import { CellResult } from './cell-result';
import { ConflictNotice } from './conflict-notice';
import { GridCell } from './grid-cell';

interface EntryGridRowProps {
  row: EntryRow;
  index: number;
  year: number;
  state: GridState;
  dispatch: Dispatch<GridAction>;
  onKeepMine: (key: DraftKey, version: number) => void;
  onHistory: (button: HTMLButtonElement) => void;
}

/** "%, 0–100, 1 decimal": what the measure accepts, beside its name. */
function rulesText({ unit, scaleMin, scaleMax, decimals }: EntryRow['measure']): string {
  const bound = (value: number | null) => (value === null ? null : formatSwedishNumber(value));
  const scale =
    scaleMin === null && scaleMax === null ? null : strings.scale(bound(scaleMin), bound(scaleMax));
  return [unit, scale, strings.decimals(decimals)].filter(Boolean).join(', ');
}

export function EntryGridRow(props: EntryGridRowProps) {
  const { row, index, year, state, dispatch, onKeepMine, onHistory } = props;
  const { number, name } = row.measure;
  const conflicts = (['outcome', 'target'] as const).filter(
    (kind) =>
      state.results[draftKey(number, kind)]?.result === 'conflict' &&
      state.drafts[draftKey(number, kind)],
  );
  const hasConflict = (kind: Kind) => conflicts.includes(kind);
  return (
    <>
      <tr className={conflicts.length > 0 ? 'entry-grid__row has-conflict' : 'entry-grid__row'}>
        <th scope="row" className="entry-grid__measure">
          <span className="measure-number">{number}</span> {name}
          <span className="entry-grid__rules">{rulesText(row.measure)}</span>
        </th>
        {COLUMNS.map((column, col) => {
          const key = draftKey(number, column.kind);
          const draft = state.drafts[key];
          const text = cellText(row, column.field, draft);
          const typed = draft?.texts[column.field];
          const parsed = parseCell(row, column.field, text);
          const result = state.results[key];
          // The outcome's or target's result is shown once, under its value.
          const showsResult = column.input === 'value' && result !== undefined;
          return (
            <GridCell
              key={column.field}
              column={column}
              position={{ row: index, col }}
              label={strings.cellLabel(column.header(year), `${number} ${name}`)}
              text={text}
              error={parsed && !parsed.ok ? parsed.message : undefined}
              changed={typed !== undefined && differs(row, column.field, typed)}
              describedBy={[
                showsResult && resultId(key),
                hasConflict(column.kind) && conflictId(key),
              ]}
              onChange={(next) =>
                dispatch({ type: 'edit', row, kind: column.kind, texts: { [column.field]: next } })
              }
            >
              {showsResult && <CellResult id={resultId(key)} outcome={result} />}
            </GridCell>
          );
        })}
        <td className="entry-grid__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={(event) => onHistory(event.currentTarget)}
          >
            {strings.history}
            <span className="visually-hidden"> {strings.historyFor(number, name)}</span>
          </button>
        </td>
      </tr>
      {conflicts.length > 0 && (
        <tr className="entry-grid__conflict-row">
          <td colSpan={COLUMNS.length + 2}>
            {conflicts.map((kind) => (
              <ConflictNotice
                key={kind}
                id={conflictId(draftKey(number, kind))}
                kind={kind}
                row={row}
                outcome={state.results[draftKey(number, kind)]}
                onKeepMine={(version) => onKeepMine(draftKey(number, kind), version)}
                onTakeTheirs={() => dispatch({ type: 'takeTheirs', key: draftKey(number, kind) })}
              />
            ))}
          </td>
        </tr>
      )}
    </>
  );
}
