import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { UpdateUserSchema, type Unit, type User } from '@malbild/shared';
import { apiFieldErrors, useFieldErrors, zodFieldErrors } from '../../../lib/field-errors';
import { useUnsavedChangesWarning } from '../../../lib/unsaved-changes';
import { conflictingUser, useUpdateUser } from '../api/update-user';
import { strings } from '../strings';
import { editsOf, formOf, type UserForm } from '../user-form';
import { UserConflict } from './user-conflict';
import { UserFields } from './user-fields';

interface EditUserFormProps {
  user: User;
  unitChoices: readonly Unit[];
  onDone: (message: string | null) => void;
}

/** Name, roles, units and a new password, saved against the version the admin started from. */
export function EditUserForm({ user, unitChoices, onDone }: EditUserFormProps) {
  const update = useUpdateUser();
  const { formRef, errors, showErrors } = useFieldErrors();
  const heading = useRef<HTMLHeadingElement>(null);
  const [base, setBase] = useState(user);
  const [form, setForm] = useState(() => formOf(user));
  const [reapplied, setReapplied] = useState(false);
  const conflict = conflictingUser(update.error);
  const edits = editsOf(form, base);
  useUnsavedChangesWarning(Object.keys(edits).length > 0);
  useEffect(() => heading.current?.focus(), []);

  const set = (change: Partial<UserForm>) => setForm((previous) => ({ ...previous, ...change }));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (Object.keys(edits).length === 0) {
      onDone(strings.nothingChanged);
      return;
    }
    const parsed = UpdateUserSchema.safeParse({ ...edits, version: base.version });
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    showErrors({});
    update.mutate(
      { id: base.id, change: parsed.data },
      {
        onSuccess: (saved) => onDone(strings.saved(saved.username)),
        onError: (error) => showErrors(apiFieldErrors(error)),
      },
    );
  };

  const resolve = (current: User, next: UserForm, keptEdits: boolean) => {
    setBase(current);
    setForm(next);
    setReapplied(keptEdits);
    update.reset();
  };

  return (
    <section className="card user-editor" aria-labelledby="edit-user-heading">
      <h2 id="edit-user-heading" ref={heading} tabIndex={-1}>
        {strings.editHeading(base.username)}
      </h2>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        {conflict && (
          <UserConflict
            current={conflict}
            onReapply={() => resolve(conflict, { ...formOf(conflict), ...edits }, true)}
            onTakeCurrent={() => resolve(conflict, formOf(conflict), false)}
          />
        )}
        {update.isError && !conflict && Object.keys(errors).length === 0 && (
          <p className="error-box" role="alert">
            {update.error.message}
          </p>
        )}
        {reapplied && <p className="notice">{strings.reapplied}</p>}
        <UserFields
          idPrefix="edit-user"
          form={form}
          errors={errors}
          unitChoices={unitChoices}
          passwordLabel={strings.newPassword}
          onChange={set}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? strings.saving : strings.save}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
            {strings.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
