// Optimistic concurrency, one way for every versioned row: a write names the version it was
// based on; inside the write's transaction the repository compares it with the stored row and,
// if another writer got there first, throws ConflictError with the row as it is now. The error
// handler answers it as 409 { error, message, current }. The entry grid saves a batch in which
// some cells may be stale: it asks isStale per cell and reports the stale ones with their value.

const MESSAGES = {
  activity: 'Någon annan har ändrat målaktiviteten under tiden. Se den sparade versionen.',
  definition: 'Någon annan har ändrat definitionen under tiden. Se den aktuella.',
  user: 'Någon annan har ändrat användaren under tiden. Se aktuella uppgifter.',
  organisation: 'Någon annan har ändrat inställningarna under tiden. Se de aktuella.',
  groupMapping: 'Någon annan har ändrat gruppens koppling under tiden. Se den sparade.',
  unit: 'Någon annan har ändrat enheten under tiden. Se den sparade.',
  risk: 'Någon annan har ändrat risken under tiden. Se den sparade.',
  controlPlan: 'Någon annan har ändrat planen under tiden. Se den sparade.',
  controlPoint: 'Någon annan har ändrat kontrollpunkten under tiden. Se den sparade.',
  controlFollowUp: 'Någon annan har ändrat uppföljningen under tiden. Se den sparade.',
  period: 'Någon annan har ändrat målperioden under tiden. Se den aktuella.',
  area: 'Någon annan har ändrat målområdet under tiden. Se det aktuella.',
  goal: 'Någon annan har ändrat verksamhetsmålet under tiden. Se det aktuella.',
  koladaSettings: 'Någon annan har ändrat jämförelsen med Kolada under tiden. Se den aktuella.',
  deadline: 'Någon annan har ändrat datumet under tiden. Se det sparade.',
  analysis: 'Någon annan har ändrat analysen under tiden. Se den sparade.',
  judgement: 'Någon annan har ändrat bedömningen under tiden. Se den sparade.',
  unitReview: 'Någon annan har ändrat planens status under tiden. Se den aktuella.',
} as const;

/** What a versioned write was about; it chooses the 409's message. */
export type ConflictSubject = keyof typeof MESSAGES;

export class ConflictError<Current = unknown> extends Error {
  readonly statusCode = 409;
  constructor(
    subject: ConflictSubject,
    /** The row as another writer left it, read in the same transaction; null if there is none. */
    readonly current: Current,
    /** Instead of the subject's message: why the row cannot change now (it is under review). */
    message: string = MESSAGES[subject],
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

/**
 * Whether another writer changed the row since the version the change was based on. A row that
 * does not exist yet (null) is at version 0, so two first writes of a value cannot both win.
 */
export function isStale(current: { version: number } | null, version: number): boolean {
  return (current?.version ?? 0) !== version;
}

/**
 * Throws ConflictError unless `current` is at the version the change was based on. Call it inside
 * the write's transaction, before anything is written.
 */
export function expectVersion(
  subject: ConflictSubject,
  current: { version: number } | null,
  version: number,
): void {
  if (isStale(current, version)) throw new ConflictError(subject, current);
}
