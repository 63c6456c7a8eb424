import { ConflictBox } from '../../../components/conflict-box';
import type { StoredDefinition } from '../api/get-definition';
import { fieldLabels } from '../field-labels';
import { FIELDS, toForm } from '../form-model';
import { strings } from '../strings';

interface DefinitionConflictProps {
  /** The version the user started from. */
  base: StoredDefinition;
  /** The version someone else saved meanwhile. */
  current: StoredDefinition;
  onReapply: () => void;
  onTakeCurrent: () => void;
}

/** The fields the other change touched, with their saved values. */
export function DefinitionConflict({
  base,
  current,
  onReapply,
  onTakeCurrent,
}: DefinitionConflictProps) {
  const before = toForm(base);
  const now = toForm(current);
  const changed = FIELDS.filter((field) => before[field] !== now[field]);
  return (
    <ConflictBox
      subject={strings.conflictSubject}
      takeCurrentLabel={strings.takeCurrent}
      onReapply={onReapply}
      onTakeCurrent={onTakeCurrent}
    >
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
    </ConflictBox>
  );
}
