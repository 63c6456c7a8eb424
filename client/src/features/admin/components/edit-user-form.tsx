import { useEffect, useRef, type SubmitEvent } from 'react';
import { UpdateUserSchema, type Unit, type User } from '@malbild/shared';
import { ConflictBox } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useVersionedForm } from '../../../lib/versioned-form';
import { conflictingUser, useUpdateUser } from '../api/update-user';
import { strings } from '../strings';
import { editsOf, formOf, USER_FIELDS } from '../user-form';
import { UserFields } from './user-fields';

interface EditUserFormProps {
  user: User;
  unitChoices: readonly Unit[];
  onDone: (message: string | null) => void;
}

/** Name, roles, units and a new password, saved against the version the admin started from. */
export function EditUserForm({ user, unitChoices, onDone }: EditUserFormProps) {
  const update = useUpdateUser();
  const { formRef, ...versioned } = useVersionedForm({
    stored: user,
    formOf,
    editsOf,
    conflictOf: conflictingUser,
  });
  const { base, conflict, failure } = versioned;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!versioned.edited) {
      onDone(strings.nothingChanged);
      return;
    }
    const parsed = UpdateUserSchema.safeParse({ ...versioned.edits, version: base.version });
    if (!parsed.success) {
      versioned.showErrors(zodFieldErrors(parsed.error));
      return;
    }
    void versioned.save(
      () => update.mutateAsync({ id: base.id, change: parsed.data }),
      (saved) => onDone(strings.saved(saved.username)),
    );
  };

  return (
    <section className="card user-editor" aria-labelledby="edit-user-heading">
      <h2 id="edit-user-heading" ref={heading} tabIndex={-1}>
        {strings.editHeading(base.username)}
      </h2>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        {conflict && (
          <ConflictBox {...conflict} subject={strings.conflictSubject} fields={USER_FIELDS} />
        )}
        {failure && <ErrorAlert message={failure.message} />}
        <UserFields
          idPrefix="edit-user"
          form={versioned.form}
          errors={versioned.errors}
          unitChoices={unitChoices}
          passwordLabel={strings.newPassword}
          onChange={versioned.set}
        />
        <FormActions
          submitLabel={strings.save}
          pending={versioned.pending}
          reapplied={versioned.reapplied}
        >
          <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
            {strings.cancel}
          </button>
        </FormActions>
      </form>
    </section>
  );
}
