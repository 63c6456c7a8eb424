// The one workflow of follow-up content (decision 017): analyses, judgements, a unit's plan and
// its follow-up go draft → submitted → approved → published, or are sent back with a comment.
// Pure: the server applies it inside each transition's transaction, the pages use it to offer
// only the buttons that will work.

export const REVIEW_STATES = ['draft', 'submitted', 'returned', 'approved', 'published'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_ACTIONS = ['submit', 'approve', 'return', 'publish'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Who takes a step: the content's author (its unit's editors, or a controller), or a reviewer. */
export type ReviewRole = 'author' | 'reviewer';

interface Step {
  from: readonly ReviewState[];
  to: ReviewState;
  by: ReviewRole;
  /** Sending back says why, so the author knows what to change. */
  needsComment: boolean;
}

export const REVIEW_STEPS: Record<ReviewAction, Step> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'author', needsComment: false },
  approve: { from: ['submitted'], to: 'approved', by: 'reviewer', needsComment: false },
  return: { from: ['submitted', 'approved'], to: 'returned', by: 'reviewer', needsComment: true },
  publish: { from: ['approved'], to: 'published', by: 'reviewer', needsComment: false },
};

export type ReviewStepResult =
  { ok: true; to: ReviewState } | { ok: false; reason: 'wrong_state' | 'comment_missing' };

/** The state `action` leads to from `state`, or why it cannot be taken. */
export function reviewStep(
  state: ReviewState,
  action: ReviewAction,
  comment: string | null,
): ReviewStepResult {
  const step = REVIEW_STEPS[action];
  if (!step.from.includes(state)) return { ok: false, reason: 'wrong_state' };
  if (step.needsComment && !comment?.trim()) return { ok: false, reason: 'comment_missing' };
  return { ok: true, to: step.to };
}

/** The actions open from `state` to someone with these roles in the workflow. */
export function reviewActionsFrom(
  state: ReviewState,
  roles: readonly ReviewRole[],
): ReviewAction[] {
  return REVIEW_ACTIONS.filter(
    (action) =>
      REVIEW_STEPS[action].from.includes(state) && roles.includes(REVIEW_STEPS[action].by),
  );
}

/**
 * The state after the author saves the content, or null when it may not be changed now: content
 * under review (submitted, approved) is frozen until the reviewer sends it back. Changing a
 * published text starts a new draft; the published one stays public until the next publishing.
 */
export function stateAfterEdit(state: ReviewState | null): ReviewState | null {
  if (state === 'submitted' || state === 'approved') return null;
  return state === 'returned' ? 'returned' : 'draft';
}

/** The states as the pages and documents name them. */
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: 'Utkast',
  submitted: 'Inskickad',
  returned: 'Återsänd',
  approved: 'Godkänd',
  published: 'Publicerad',
};

export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  submit: 'Skicka in',
  approve: 'Godkänn',
  return: 'Skicka tillbaka',
  publish: 'Publicera',
};

/**
 * The council's words for a goal's fulfilment (the årsredovisningar), kept apart from the
 * measure states' "Uppnått": a judgement is a person's assessment of a whole goal.
 */
export const JUDGEMENT_LEVEL_LABELS = {
  met: 'Uppfyllt',
  partly_met: 'Delvis uppfyllt',
  not_met: 'Ej uppfyllt',
  not_assessable: 'Kan inte bedömas',
} as const;

export const OCCASION_LABELS = { interim: 'Delår', annual: 'Helår' } as const;
