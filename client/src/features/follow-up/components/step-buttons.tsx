import { useId, useState } from 'react';
import {
  may,
  REVIEW_ACTION_LABELS,
  REVIEW_STEPS,
  reviewActionsFrom,
  type ReviewAction,
  type ReviewRole,
  type ReviewState,
} from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { TextAreaField } from '../../../components/text-field';
import { useSession } from '../../../lib/session';
import { useTakeStep, type StepTarget } from '../api/write-follow-up';
import { strings } from '../strings';

interface StepButtonsProps {
  target: StepTarget;
  state: ReviewState;
  version: number;
  /** Whether the user is the content's author (may submit it). */
  isAuthor: boolean;
}

/** The workflow's next steps that this user may take, with the comment a return needs. */
export function StepButtons({ target, state, version, isAuthor }: StepButtonsProps) {
  const user = useSession().data?.user ?? null;
  const take = useTakeStep();
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  const roles: ReviewRole[] = [
    ...(isAuthor ? (['author'] as const) : []),
    ...(may(user, 'reviewFollowUp') ? (['reviewer'] as const) : []),
  ];
  const actions = reviewActionsFrom(state, roles);
  if (actions.length === 0) return null;
  const run = (action: ReviewAction) => {
    setDone(null);
    take.mutate(
      { target, action, comment, version },
      {
        onSuccess: () => {
          setComment('');
          setDone(strings.stepDone(REVIEW_ACTION_LABELS[action]));
        },
      },
    );
  };
  const needsComment = actions.some((action) => REVIEW_STEPS[action].needsComment);
  return (
    <div className="review-steps">
      {take.error && <ErrorAlert message={take.error.message} />}
      {needsComment && (
        <TextAreaField
          id={`${id}-comment`}
          label={strings.commentLabel}
          hint={strings.commentHint}
          value={comment}
          onChange={setComment}
        />
      )}
      <div className="form-actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'return' ? 'button button--secondary' : 'button'}
            disabled={take.isPending}
            onClick={() => run(action)}
          >
            {REVIEW_ACTION_LABELS[action]}
          </button>
        ))}
        <p role="status" className="form-actions__status">
          {done}
        </p>
      </div>
    </div>
  );
}
