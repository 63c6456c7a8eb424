import { useEffect, useRef, type ReactNode } from 'react';
import type { Conflict } from '../lib/versioned-form';
import { strings } from './strings';

/** One field of the stored thing, as a conflict shows it. */
export interface ConflictField<Stored> {
  label: string;
  /** The field's value in a version, in words ('' for none): what is compared and shown. */
  text: (stored: Stored) => string;
  /** The saved value's own look, where it has one (a status badge); `text` otherwise. */
  show?: (stored: Stored) => ReactNode;
}

interface ConflictBoxProps<Stored> extends Conflict<Stored> {
  /** What was edited, in Swedish definite form, e.g. "definitionen"; goes into the title. */
  subject: string;
  /** What the user's action did not do, e.g. "Målaktiviteten är inte borttagen." */
  notSaved?: string;
  fields: readonly ConflictField<Stored>[];
  keepMineLabel?: string;
  takeTheirsLabel?: string;
}

/** Who saved a version, where the stored thing says (activities and values carry `updatedBy`). */
function savedBy(stored: object): string | null {
  return 'updatedBy' in stored && typeof stored.updatedBy === 'string' ? stored.updatedBy : null;
}

/**
 * A 409: the fields the other writer changed with what they saved, and the user's two ways on.
 * Announced (role="alert") and focused when shown, so a screen reader reads it at once and a
 * keyboard user starts at its buttons.
 */
export function ConflictBox<Stored extends object>(props: ConflictBoxProps<Stored>) {
  const { base, current, fields, onKeepMine, onTakeTheirs } = props;
  const box = useRef<HTMLDivElement>(null);
  // Again when another 409 brings a newer version while the box is shown.
  useEffect(() => box.current?.focus(), [current]);
  const changed = fields.filter((field) => field.text(base) !== field.text(current));
  const who = savedBy(current) ?? strings.conflictSomeoneElse;
  return (
    <div ref={box} className="error-box conflict-box" tabIndex={-1} role="alert">
      <p>
        <strong>
          {strings.conflictTitle(who, props.subject)} {props.notSaved ?? strings.conflictNotSaved}
        </strong>
      </p>
      {changed.length > 0 && (
        <dl className="conflict-box__fields">
          {changed.map((field) => (
            <div key={field.label}>
              <dt>{field.label}</dt>
              <dd>
                {strings.conflictNow}:{' '}
                {field.show?.(current) ?? (field.text(current) || strings.none)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onKeepMine}>
          {props.keepMineLabel ?? strings.conflictKeepMine}
        </button>
        <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
          {props.takeTheirsLabel ?? strings.conflictTakeTheirs}
        </button>
      </div>
    </div>
  );
}
