// Spreadsheet moves in the grid. Cells carry data-row and data-col; a move is the cell to focus,
// or null when the key belongs to the input (moving the caret, typing).

export interface CellPosition {
  row: number;
  col: number;
}

type KeyInfo = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

function caretAt(element: HTMLElement, edge: 'start' | 'end'): boolean {
  // A select has no caret: left and right always move.
  if (!(element instanceof HTMLInputElement)) return true;
  const { selectionStart, selectionEnd, value } = element;
  const at = edge === 'start' ? 0 : value.length;
  return selectionStart === at && selectionEnd === at;
}

export function moveFor(
  key: KeyInfo,
  element: HTMLElement,
  from: CellPosition,
): CellPosition | null {
  if (key.altKey || key.ctrlKey || key.metaKey) return null;
  switch (key.key) {
    case 'Enter':
      return { row: from.row + (key.shiftKey ? -1 : 1), col: from.col };
    case 'ArrowDown':
      return key.shiftKey ? null : { row: from.row + 1, col: from.col };
    case 'ArrowUp':
      return key.shiftKey ? null : { row: from.row - 1, col: from.col };
    case 'ArrowLeft':
      return !key.shiftKey && caretAt(element, 'start')
        ? { row: from.row, col: from.col - 1 }
        : null;
    case 'ArrowRight':
      return !key.shiftKey && caretAt(element, 'end') ? { row: from.row, col: from.col + 1 } : null;
    default:
      return null;
  }
}

export function positionOf(element: Element): CellPosition | null {
  const row = element.getAttribute('data-row');
  const col = element.getAttribute('data-col');
  return row === null || col === null ? null : { row: Number(row), col: Number(col) };
}

/** Focuses the cell and selects its text, so typing replaces it as in a spreadsheet. */
export function focusCell(table: HTMLElement, { row, col }: CellPosition): boolean {
  const cell = table.querySelector<HTMLInputElement | HTMLSelectElement>(
    `[data-row="${row}"][data-col="${col}"]`,
  );
  if (!cell) return false;
  cell.focus();
  if (cell instanceof HTMLInputElement) cell.select();
  return true;
}
