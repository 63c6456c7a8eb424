import { useState, type SubmitEvent } from 'react';
import {
  ImportModeSchema,
  ImportRefusedSchema,
  type ImportCommitResult,
  type ImportMode,
  type ImportPreview,
  type ImportProblem,
} from '@malbild/shared';
import { ApiError } from '../../../lib/api-client';
import { useCommitImport } from '../api/commit-import';
import { strings } from '../strings';
import { ErrorAlert } from '../../../components/error-alert';

function Problems({ problems }: { problems: ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <>
      <p>{strings.notWritten(problems.length)}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.line}-${p.kind}`}>{strings.problem(p.line, p.message)}</li>
        ))}
      </ul>
    </>
  );
}

function CommitSummary({ result }: { result: ImportCommitResult }) {
  return (
    <>
      <p>
        <strong>{strings.committed(result.written.outcomes, result.written.targets)}</strong>
        {result.unchanged > 0 && ` ${strings.unchangedValues(result.unchanged)}`}
      </p>
      <Problems problems={result.problems} />
    </>
  );
}

/** The rows all-or-nothing refused (409), when the answer lists them. */
function refusedProblems(error: unknown): ImportProblem[] {
  const refused = error instanceof ApiError && ImportRefusedSchema.safeParse(error.body);
  return refused && refused.success ? refused.data.problems : [];
}

function ModeChoice({ mode, onChange }: { mode: ImportMode; onChange: (m: ImportMode) => void }) {
  return (
    <fieldset className="form-fieldset import-modes">
      <legend>{strings.modeLegend}</legend>
      {ImportModeSchema.options.map((option) => (
        <div key={option} className="import-mode">
          <input
            type="radio"
            id={`import-mode-${option}`}
            name="import-mode"
            checked={mode === option}
            onChange={() => onChange(option)}
            aria-describedby={`import-mode-${option}-hint`}
          />
          <label htmlFor={`import-mode-${option}`}>{strings.modes[option]}</label>
          <p id={`import-mode-${option}-hint`} className="form-field__hint">
            {strings.modeHints[option]}
          </p>
        </div>
      ))}
    </fieldset>
  );
}

/** Chooses all-or-nothing or valid rows, commits, and says what was written. */
export function CommitForm({ preview }: { preview: ImportPreview }) {
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const commit = useCommitImport();
  const { new: added, changed, invalid } = preview.summary;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    commit.mutate({ previewId: preview.id, mode });
  };
  return (
    <form className="import-commit" onSubmit={submit}>
      {added + changed === 0 ? (
        <p>{strings.nothingToCommit}</p>
      ) : (
        <>
          <ModeChoice mode={mode} onChange={setMode} />
          {invalid > 0 && mode === 'all-or-nothing' && (
            <p className="import-warning">{strings.invalidBlocksAll(invalid)}</p>
          )}
          <button type="submit" className="button" disabled={commit.isPending || commit.isSuccess}>
            {commit.isPending ? strings.committing : strings.commit}
          </button>
        </>
      )}
      {/* Present from the start, so screen readers announce the result when it arrives. */}
      <div role="status" className="import-result">
        {commit.isSuccess && <CommitSummary result={commit.data} />}
      </div>
      {commit.isError && (
        <ErrorAlert title={strings.commitFailed} message={commit.error.message}>
          <Problems problems={refusedProblems(commit.error)} />
        </ErrorAlert>
      )}
    </form>
  );
}
