import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { strings } from './strings';

/** A polite, announced placeholder while data loads. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {strings.loading(label)}
    </p>
  );
}

interface QueryStateProps<Data> {
  query: UseQueryResult<Data>;
  /** What is being fetched, in Swedish definite form: "målen", "resultatmåttet". */
  label: string;
  children: (data: Data) => ReactNode;
}

/** Renders the data, a loading note, or the error with a way to try again: never nothing. */
export function QueryState<Data>({ query, label, children }: QueryStateProps<Data>) {
  if (query.isSuccess) return children(query.data);
  if (query.isError) {
    return (
      <div className="error-box" role="alert">
        <p>
          <strong>{strings.errorTitle(label)}</strong> {query.error.message}
        </p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {strings.retry}
        </button>
      </div>
    );
  }
  return <Loading label={label} />;
}
