import { useSearchParams } from 'react-router';
import { parseIdParam, searchParamNames } from './paths';

/** The period a public page shows when it is not the current one (?period=); else undefined. */
export function useShownPeriodId(): number | undefined {
  const [params] = useSearchParams();
  return parseIdParam(params.get(searchParamNames.period));
}
