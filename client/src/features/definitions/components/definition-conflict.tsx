import { useEffect, useRef } from 'react';
import type { StoredDefinition } from '../api/get-definition';
import { FIELDS, toForm } from '../form-model';
import { fieldLabels } from '../field-labels';
import { strings } from '../strings';

interface DefinitionConflictProps {
  /** The version the user started from. */
  base: StoredDefinition;
  /** The version someone else saved meanwhile. */
  current: StoredDefinition;
  onReapply: () => void;
  onTakeCurrent: () => void;
}

/** A 409: what the other change did, and the user's two ways on. Focused so it is read at once. */
export function DefinitionConflict({
  base,
  current,
  onReapply,
  onTakeCurrent,
}: DefinitionConflictProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const before = toForm(base);
  const now = toForm(current);
  const changed = FIELDS.filter((field) => before[field] !== now[field]);
  return (
    <div ref={box} className="error-box definition-conflict" tabIndex={-1}>
      <p>
        <strong>{strings.conflictTitle}</strong>
      </p>
      {changed.length > 0 && (
        <dl className="definition-conflict__fields" aria-label={strings.conflictFieldsHeading}>
          {changed.map((field) => (
            <div key={field}>
              <dt>{fieldLabels[field]}</dt>
              <dd>
                {strings.conflictCurrent}:{' '}
                {field === 'direction'
                  ? strings.directions[current.direction]
                  : now[field] || strings.noLimit}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onReapply}>
          {strings.reapply}
        </button>
        <button type="button" className="button button--secondary" onClick={onTakeCurrent}>
          {strings.takeCurrent}
        </button>
      </div>
    </div>
  );
}
