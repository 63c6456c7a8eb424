import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REVIEW_ACTIONS,
  REVIEW_STATES,
  REVIEW_STEPS,
  reviewActionsFrom,
  reviewStep,
  stateAfterEdit,
  type ReviewAction,
  type ReviewState,
} from './review';

const actionArb = fc.constantFrom(...REVIEW_ACTIONS);
const commentArb = fc.option(fc.string({ maxLength: 5 }), { nil: null });
const stepArb = fc.record({ action: actionArb, comment: commentArb, edit: fc.boolean() });

/** Runs a sequence of attempted steps and edits from a draft, keeping each state reached. */
function run(steps: { action: ReviewAction; comment: string | null; edit: boolean }[]) {
  let state: ReviewState = 'draft';
  const trail: { from: ReviewState; action: ReviewAction | 'edit'; to: ReviewState }[] = [];
  for (const { action, comment, edit } of steps) {
    if (edit) {
      const next = stateAfterEdit(state);
      if (next) trail.push({ from: state, action: 'edit', to: next });
      state = next ?? state;
      continue;
    }
    const result = reviewStep(state, action, comment);
    if (result.ok) {
      trail.push({ from: state, action, to: result.to });
      state = result.to;
    }
  }
  return { state, trail };
}

describe('reviewStep', () => {
  it('goes draft → submitted → approved → published', () => {
    expect(reviewStep('draft', 'submit', null)).toEqual({ ok: true, to: 'submitted' });
    expect(reviewStep('submitted', 'approve', null)).toEqual({ ok: true, to: 'approved' });
    expect(reviewStep('approved', 'publish', null)).toEqual({ ok: true, to: 'published' });
  });

  it('sends back only with a comment, and a returned text can be submitted again', () => {
    expect(reviewStep('submitted', 'return', ' ')).toEqual({
      ok: false,
      reason: 'comment_missing',
    });
    expect(reviewStep('submitted', 'return', 'Komplettera')).toEqual({ ok: true, to: 'returned' });
    expect(reviewStep('returned', 'submit', null)).toEqual({ ok: true, to: 'submitted' });
  });

  it('refuses a draft published without approval', () => {
    expect(reviewStep('draft', 'publish', null)).toEqual({ ok: false, reason: 'wrong_state' });
    expect(reviewStep('submitted', 'publish', null)).toEqual({ ok: false, reason: 'wrong_state' });
  });

  it('never reaches published without passing approved right before it', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        for (const { action, to, from } of run(steps).trail) {
          if (to === 'published')
            expect({ action, from }).toEqual({ action: 'publish', from: 'approved' });
          if (to === 'approved') expect(from).toBe('submitted');
        }
      }),
    );
  });

  it('takes a step exactly when the action is open from the state to its role', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REVIEW_STATES), actionArb, (state, action) => {
        const open = reviewActionsFrom(state, ['author', 'reviewer']).includes(action);
        expect(reviewStep(state, action, 'kommentar').ok).toBe(open);
        const byAuthor = reviewActionsFrom(state, ['author']).includes(action);
        expect(byAuthor).toBe(open && REVIEW_STEPS[action].by === 'author');
      }),
    );
  });

  it('freezes content under review: an edit is refused while submitted or approved', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        for (const { from, action, to } of run(steps).trail) {
          if (action === 'edit') {
            expect(['submitted', 'approved']).not.toContain(from);
            expect(['draft', 'returned']).toContain(to);
          }
        }
      }),
    );
    expect(stateAfterEdit(null)).toBe('draft');
    expect(stateAfterEdit('published')).toBe('draft');
  });
});
