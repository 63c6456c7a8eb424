import { useSearchParams } from 'react-router';
import { parseIdParam, searchParamNames } from '../../lib/paths';

/** /plan?ar=2024&enhet=SOU: the plan's year and unit live in the address, so links can be shared. */
export function usePlanSearch() {
  const [params, setParams] = useSearchParams();
  const unit = params.get(searchParamNames.unit);
  const update = (changes: { year?: number; unit?: string }) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (changes.year !== undefined) next.set(searchParamNames.year, String(changes.year));
      if (changes.unit !== undefined) next.set(searchParamNames.unit, changes.unit);
      return next;
    });
  return {
    year: parseIdParam(params.get(searchParamNames.year)),
    unit: unit ? unit.toUpperCase() : undefined,
    update,
  };
}
