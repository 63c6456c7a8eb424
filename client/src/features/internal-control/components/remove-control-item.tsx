import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/text-field';
import { apiFieldErrors } from '../../../lib/field-errors';
import type { Removal } from '../api/write-plans';
import { strings } from '../strings';

interface RemoveControlItemProps<Item extends { version: number }> {
  /** The row in words, "kontrollpunkt 2: Följs …": the question names it. */
  name: string;
  /** What removing it does, "tas bort ur planen …". */
  question: string;
  item: Item;
  /** The ConflictBox's title word ("risken") and what it compares. */
  subject: string;
  notRemoved: string;
  fields: readonly ConflictField<Item>[];
  conflictOf: (error: unknown) => Item | null;
  remove: UseMutationResult<null, Error, Removal>;
  onRemoved: () => void;
  onCancel: () => void;
}

/**
 * The confirm step of removing a risk or a kontrollpunkt, with an optional reason for the
 * history. Focus comes to the question when it opens, and back to the row's button when it is
 * cancelled (after a removal the caller moves it, the row being gone). The API decides: a refusal (something is
 * recorded for the row) is shown as it says; a 409 shows what changed and offers removing the
 * current version.
 */
export function RemoveControlItem<Item extends { version: number }>({
  name,
  question: questionText,
  item,
  subject,
  notRemoved,
  fields,
  conflictOf,
  remove,
  onRemoved,
  onCancel,
}: RemoveControlItemProps<Item>) {
  const [reason, setReason] = useState('');
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();
  useEffect(() => {
    if (document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
    question.current?.focus();
  }, []);
  // Cancelled, the row is still there: back to the button that asked.
  const cancel = () => {
    opener.current?.focus();
    onCancel();
  };
  const conflict = conflictOf(remove.error);
  const reasonError = apiFieldErrors(remove.error).reason;
  // Through the promise, not mutate's callbacks: the row, and with it this step, may leave the
  // page (the list read again) before they would run. A failure is shown from remove.error.
  const send = (version: number) => {
    remove.mutateAsync({ version, reason }).then(onRemoved, () => undefined);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    send(item.version);
  };
  return (
    <form className="form control-removal" noValidate onSubmit={submit} aria-labelledby={id}>
      <p id={id} ref={question} tabIndex={-1}>
        <strong>{strings.remove}</strong> {name} – {questionText}
      </p>
      <TextField
        id={`${id}-reason`}
        label={strings.removeReason}
        hint={strings.removeReasonHint}
        value={reason}
        onChange={setReason}
        error={reasonError}
        autoComplete="off"
      />
      {conflict ? (
        <ConflictBox
          base={item}
          current={conflict}
          subject={subject}
          notSaved={notRemoved}
          fields={fields}
          keepMineLabel={strings.removeAgain}
          onKeepMine={() => send(conflict.version)}
          takeTheirsLabel={strings.cancel}
          onTakeTheirs={cancel}
        />
      ) : (
        <>
          {remove.isError && !reasonError && <ErrorAlert message={remove.error.message} />}
          <div className="form-actions">
            <button type="submit" className="button button--danger" disabled={remove.isPending}>
              {strings.removeConfirm}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              {strings.cancel}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
