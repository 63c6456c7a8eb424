import { usePeriods } from '../api/get-current-period';
import { strings } from '../strings';
import './period-switcher.css';

/**
 * A planned period the admin made public is a proposal, not what the council decided: every
 * public page of it says so first, in words (not only a colour or the switcher's status).
 */
export function ProposalNotice({ periodId }: { periodId: number | undefined }) {
  const periods = usePeriods();
  const shown = periods.data?.find((period) => period.id === periodId);
  if (shown?.status !== 'planning' || !shown.public) return null;
  return (
    <p className="proposal-notice">
      <strong className="proposal-notice__label">{strings.proposalLabel}</strong>{' '}
      {strings.proposalText(shown.name)}
    </p>
  );
}
