import type { EntryCellResult, EntryRow } from '@malbild/shared';
import type { Field, Kind } from './columns';

// The user's unsaved texts, per outcome or target, with the version they were typed against:
// a save sends that version, so a value someone else changed meanwhile becomes a conflict
// instead of being overwritten.

export type DraftKey = `${number}:${Kind}`;
export const draftKey = (measureNumber: number, kind: Kind): DraftKey => `${measureNumber}:${kind}`;

export interface Draft {
  baseVersion: number;
  texts: Partial<Record<Field, string>>;
}

/** A cell's last save result, or 'theirs' after the user took the other writer's value. */
export type CellOutcome = EntryCellResult | { result: 'theirs' };

export interface GridState {
  drafts: Partial<Record<DraftKey, Draft>>;
  results: Partial<Record<DraftKey, CellOutcome>>;
}

export const EMPTY_STATE: GridState = { drafts: {}, results: {} };

export type GridAction =
  | { type: 'edit'; row: EntryRow; kind: Kind; texts: Partial<Record<Field, string>> }
  | { type: 'revert'; key: DraftKey; field: Field }
  | { type: 'saved'; sent: Partial<Record<DraftKey, Draft>>; results: EntryCellResult[] }
  | { type: 'keepMine'; key: DraftKey; version: number }
  | { type: 'takeTheirs'; key: DraftKey };

const storedVersion = (row: EntryRow, kind: Kind) => row[kind]?.version ?? 0;

function without<T extends object>(record: T, key: keyof T): T {
  const next = { ...record };
  delete next[key];
  return next;
}

/** After a save, the texts typed while it was under way stay as a draft on the saved version. */
function remainingDraft(current: Draft | undefined, sent: Draft, version: number): Draft | null {
  if (!current) return null;
  const texts = Object.fromEntries(
    Object.entries(current.texts).filter(([field, text]) => sent.texts[field as Field] !== text),
  );
  return Object.keys(texts).length > 0 ? { baseVersion: version, texts } : null;
}

function applySaved(state: GridState, sent: GridAction & { type: 'saved' }): GridState {
  let { drafts, results } = state;
  for (const result of sent.results) {
    const key = draftKey(result.measureNumber, result.kind);
    results = { ...results, [key]: result };
    const sentDraft = sent.sent[key];
    if (!sentDraft || (result.result !== 'saved' && result.result !== 'unchanged')) continue;
    const rest = remainingDraft(drafts[key], sentDraft, result.current?.version ?? 0);
    drafts = rest ? { ...drafts, [key]: rest } : without(drafts, key);
  }
  return { drafts, results };
}

export function gridReducer(state: GridState, action: GridAction): GridState {
  switch (action.type) {
    case 'edit': {
      const key = draftKey(action.row.measure.number, action.kind);
      const draft = state.drafts[key] ?? {
        baseVersion: storedVersion(action.row, action.kind),
        texts: {},
      };
      // A new edit makes the last result stale, except an unresolved conflict.
      const results =
        state.results[key]?.result === 'conflict' ? state.results : without(state.results, key);
      return {
        drafts: {
          ...state.drafts,
          [key]: { ...draft, texts: { ...draft.texts, ...action.texts } },
        },
        results,
      };
    }
    case 'revert': {
      const draft = state.drafts[action.key];
      if (!draft) return state;
      const texts = without(draft.texts, action.field);
      const drafts =
        Object.keys(texts).length > 0
          ? { ...state.drafts, [action.key]: { ...draft, texts } }
          : without(state.drafts, action.key);
      return { ...state, drafts };
    }
    case 'saved':
      return applySaved(state, action);
    case 'keepMine': {
      const draft = state.drafts[action.key];
      if (!draft) return state;
      return {
        drafts: { ...state.drafts, [action.key]: { ...draft, baseVersion: action.version } },
        results: without(state.results, action.key),
      };
    }
    case 'takeTheirs':
      return {
        drafts: without(state.drafts, action.key),
        results: { ...state.results, [action.key]: { result: 'theirs' } },
      };
  }
}
