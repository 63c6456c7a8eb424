import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import type { EntryRow } from '@malbild/shared';
import { TextField } from '../../../components/text-field';
import { pastedBlock, pasteEdits } from '../grid/clipboard';
import { COLUMNS } from '../grid/columns';
import type { InvalidCell } from '../grid/changes';
import { draftKey } from '../grid/draft-state';
import { CHANGED_HINT_ID } from '../grid/ids';
import { focusCell, moveFor, positionOf } from '../grid/navigation';
import { strings } from '../strings';
import { EntryGridRow } from './entry-grid-row';
import { HistoryDialog, type HistoryRenderer } from './history-dialog';
import { SaveBar } from './save-bar';
import { useEntryGrid } from './use-entry-grid';
import { useSaveShortcut } from '../../../lib/use-save-shortcut';

interface EntryGridProps {
  year: number;
  username: string;
  rows: readonly EntryRow[];
  renderHistory: HistoryRenderer;
}

/** All measures' outcome and target of one year as a table of inputs, moved in like a spreadsheet. */
export function EntryGrid({ year, username, rows, renderHistory }: EntryGridProps) {
  const table = useRef<HTMLTableElement>(null);
  const [historyOf, setHistoryOf] = useState<EntryRow | null>(null);
  const focusInvalid = useCallback(
    (cells: InvalidCell[]) => {
      const first = cells[0];
      const row = rows.findIndex((r) => r.measure.number === first?.measureNumber);
      const col = COLUMNS.findIndex((c) => c.field === first?.field);
      if (table.current) focusCell(table.current, { row, col });
    },
    [rows],
  );
  const grid = useEntryGrid({ year, username, rows, onInvalid: focusInvalid });
  const { dispatch, setAnnouncement, submit } = grid;
  useSaveShortcut(() => submit());

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const element = event.target as HTMLElement;
    const from = positionOf(element);
    const row = from && rows[from.row];
    const column = from && COLUMNS[from.col];
    if (!from || !row || !column) return;
    if (event.key === 'Escape') {
      dispatch({
        type: 'revert',
        key: draftKey(row.measure.number, column.kind),
        field: column.field,
      });
      return;
    }
    const to = moveFor(event, element, from);
    if (!to || !table.current) return;
    event.preventDefault();
    focusCell(table.current, to);
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const from = positionOf(event.target as HTMLElement);
    const block = pastedBlock(event.clipboardData.getData('text/plain'));
    if (!from || !block) return;
    event.preventDefault();
    const { edits, skipped } = pasteEdits(rows, from.row, from.col, block);
    for (const { row, kind, field, text } of edits) {
      dispatch({ type: 'edit', row, kind, texts: { [field]: text } });
    }
    setAnnouncement(strings.pasted(edits.length, skipped));
  };

  // Focus goes back to the row's history button when the dialog closes.
  const lastHistoryButton = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (!historyOf) lastHistoryButton.current?.focus();
  }, [historyOf]);

  return (
    <>
      {grid.restored && <p className="notice">{strings.restoredDrafts}</p>}
      <p id={CHANGED_HINT_ID} hidden>
        {strings.changedHint}
      </p>
      <div className="entry-reason">
        <TextField
          id="entry-reason"
          label={strings.reason}
          hint={strings.reasonHint}
          value={grid.reason}
          onChange={grid.setReason}
          maxLength={500}
        />
      </div>
      <div className="entry-grid-scroll">
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- delegated: the keys and pastes come from the cells' inputs */}
        <table ref={table} className="entry-grid" onKeyDown={onKeyDown} onPaste={onPaste}>
          <caption className="visually-hidden">{strings.tableCaption(year)}</caption>
          <thead>
            <tr>
              <th scope="col" className="entry-grid__measure">
                {strings.columnMeasure}
              </th>
              {COLUMNS.map((column) => (
                <th scope="col" key={column.field} className={`entry-grid__col--${column.field}`}>
                  {column.header(year)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{strings.columnHistory}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <EntryGridRow
                key={row.measure.number}
                row={row}
                index={index}
                year={year}
                state={grid.state}
                dispatch={dispatch}
                onKeepMine={grid.keepMine}
                onHistory={(button) => {
                  lastHistoryButton.current = button;
                  setHistoryOf(row);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      <SaveBar
        changedCount={grid.changedCount}
        saving={grid.saving}
        announcement={grid.announcement}
        onSave={() => submit()}
      />
      {historyOf && (
        <HistoryDialog
          title={strings.historyTitle(historyOf.measure.number, historyOf.measure.name, year)}
          onClose={() => setHistoryOf(null)}
        >
          {renderHistory(historyOf.measure, year)}
        </HistoryDialog>
      )}
    </>
  );
}
