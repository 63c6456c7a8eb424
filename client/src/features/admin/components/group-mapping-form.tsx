import { useState, type SubmitEvent } from 'react';
import { GroupMappingInputSchema, type GroupMapping, type Unit } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-client';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useFormSubmit } from '../../../lib/form-submit';
import { useSaveGroupMapping } from '../api/save-group-mapping';
import { groupStrings } from '../group-strings';
import { AccessFields } from './access-fields';

interface GroupMappingFormProps {
  /** The mapping to change; null adds a new one. */
  editing: GroupMapping | null;
  unitChoices: readonly Unit[];
  /** After saving (with what to announce), after a conflict, or on cancel (null). */
  onDone: (message: string | null) => void;
}

/** How a mapping is named to the administrator: its description, else the group's id. */
export const groupMappingName = (mapping: { label: string; groupId: string }) =>
  mapping.label || mapping.groupId;

/** A group's id, its description, and the roles and units its members get. */
export function GroupMappingForm({ editing, unitChoices, onDone }: GroupMappingFormProps) {
  const save = useSaveGroupMapping();
  const { formRef, errors, showErrors, pending, failure, send } = useFormSubmit();
  const [form, setForm] = useState({
    groupId: editing?.groupId ?? '',
    label: editing?.label ?? '',
    roles: editing?.roles ?? [],
    units: editing?.units ?? [],
  });
  const set = (change: Partial<typeof form>) => setForm((previous) => ({ ...previous, ...change }));
  const idPrefix = editing ? `group-${editing.id}` : 'new-group';

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = GroupMappingInputSchema.safeParse(form);
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    const request = {
      id: editing?.id ?? null,
      version: editing?.version ?? 0,
      mapping: parsed.data,
    };
    void send(() => save.mutateAsync(request), {
      onSuccess: (saved) =>
        onDone(
          editing
            ? groupStrings.saved(groupMappingName(saved))
            : groupStrings.added(groupMappingName(saved)),
        ),
      onRefused: (error) => {
        if (!(error instanceof ApiError && error.status === 409)) return false;
        // 409 of a new mapping: the group is mapped already, which is about its id.
        if (editing) onDone(groupStrings.conflict);
        else showErrors({ groupId: error.message });
        return true;
      },
    });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {failure && <ErrorAlert message={failure.message} />}
      <TextField
        id={`${idPrefix}-id`}
        label={groupStrings.groupId}
        hint={groupStrings.groupIdHint}
        value={form.groupId}
        onChange={(groupId) => set({ groupId })}
        error={errors.groupId}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id={`${idPrefix}-label`}
        label={groupStrings.label}
        hint={groupStrings.labelHint}
        value={form.label}
        onChange={(label) => set({ label })}
        error={errors.label}
        autoComplete="off"
      />
      <AccessFields
        idPrefix={idPrefix}
        roles={form.roles}
        units={form.units}
        unitChoices={unitChoices}
        errors={errors}
        onRoles={(roles) => set({ roles })}
        onUnits={(units) => set({ units })}
      />
      <FormActions submitLabel={editing ? groupStrings.save : groupStrings.add} pending={pending}>
        {editing && (
          <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
            {groupStrings.cancel}
          </button>
        )}
      </FormActions>
    </form>
  );
}
