import type { GridState } from './draft-state';

// Unsaved drafts outlive the grid for the life of the tab: the back button, a lost session or a
// visit to another page unmounts the grid without asking, and the typed values must not vanish.
// Keyed by user and year, so another user signing in on the same computer never sees them;
// a reload clears them (the browser asks first).

const memory = new Map<string, GridState['drafts']>();

export const memoryKey = (username: string, year: number) => `${username}/${year}`;

export function recalledDrafts(key: string): GridState['drafts'] {
  return memory.get(key) ?? {};
}

export function rememberDrafts(key: string, drafts: GridState['drafts']): void {
  if (Object.keys(drafts).length === 0) memory.delete(key);
  else memory.set(key, drafts);
}
