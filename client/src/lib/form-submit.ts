import { useState } from 'react';
import { apiFieldErrors, useFieldErrors } from './field-errors';

export interface SendOptions<Result> {
  onSuccess: (result: Result) => void;
  /**
   * A refusal the form shows its own way (a 409 as a conflict, a taken username beside its
   * field): true when it did. Every other refusal goes beside its fields or into `failure`.
   */
  onRefused?: (error: unknown) => boolean;
}

/**
 * How every form sends, after its own check with the shared schema: a 400's per-field errors
 * beside their fields (focus on the first, as the form's own check does), any other refusal in
 * `failure` for the form's alert, `pending` while the request runs. The form element must carry
 * `formRef`.
 */
export function useFormSubmit() {
  const { formRef, errors, showErrors } = useFieldErrors();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);

  const send = async <Result>(request: () => Promise<Result>, options: SendOptions<Result>) => {
    showErrors({});
    setFailure(null);
    setPending(true);
    let result: Result;
    try {
      result = await request();
    } catch (error) {
      if (options.onRefused?.(error)) return;
      const fields = apiFieldErrors(error);
      if (Object.keys(fields).length > 0) showErrors(fields);
      else setFailure(error instanceof Error ? error : new Error(String(error)));
      return;
    } finally {
      setPending(false);
    }
    options.onSuccess(result);
  };

  return { formRef, errors, showErrors, pending, failure, send };
}
