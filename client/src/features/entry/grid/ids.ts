import type { DraftKey } from './draft-state';

// Element ids the cells point to with aria-describedby.

/** The one hidden "changed, not saved" text every changed cell refers to. */
export const CHANGED_HINT_ID = 'entry-changed-hint';

const safe = (key: DraftKey) => key.replace(':', '-');
export const resultId = (key: DraftKey) => `entry-result-${safe(key)}`;
export const conflictId = (key: DraftKey) => `entry-conflict-${safe(key)}`;
export const errorId = (row: number, col: number) => `entry-error-${row}-${col}`;
