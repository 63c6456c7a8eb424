import type { KeyboardEvent } from 'react';

// Movement in the follow-up grid, as in the entry grid: arrow up and down (and Enter) go to the
// same column of the row above or below; Tab keeps its ordinary order. Every cell carries
// data-row and data-column; Alt+arrow is left to the control (it opens a select's list).

const cellSelector = (row: number, column: string) =>
  `[data-row="${row}"][data-column="${column}"]`;

/** Moves focus to the same column of the row `step` away, if there is one. */
function moveFocus(from: HTMLElement, step: number): void {
  const row = Number(from.dataset.row);
  const column = from.dataset.column;
  if (column === undefined) return;
  from
    .closest('table')
    ?.querySelector<HTMLElement>(cellSelector(row + step, column))
    ?.focus();
}

export function onGridKeyDown(event: KeyboardEvent<HTMLElement>): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const step =
    event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey)
      ? 1
      : event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey)
        ? -1
        : 0;
  if (step === 0) return;
  // Enter never submits from a cell, and an arrow never changes a select's status or a date's
  // day behind the user's back; at the grid's edge focus stays where it is.
  event.preventDefault();
  moveFocus(event.currentTarget, step);
}
