import type { SubmitEvent } from 'react';
import { ControlPlanDecisionSchema, type ControlPlan } from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useVersionedForm } from '../../../lib/versioned-form';
import { conflictingPlan, useDecidePlan } from '../api/decide-plan';
import { strings } from '../strings';
import { planStatus } from './plan-status';

const formOf = () => ({ decidedOn: '', decisionParagraph: '' });
const FIELDS: ConflictField<ControlPlan>[] = [{ label: strings.statusLabel, text: planStatus }];

/** Records that the nämnd (or KS) decided the plan: the decision's date and paragraph. */
export function PlanDecisionForm({ plan, onDone }: { plan: ControlPlan; onDone: () => void }) {
  const decide = useDecidePlan(plan.id);
  const { formRef, ...versioned } = useVersionedForm({
    stored: plan,
    formOf,
    conflictOf: conflictingPlan,
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = ControlPlanDecisionSchema.safeParse({
      ...versioned.form,
      version: versioned.base.version,
    });
    if (!checked.success) {
      versioned.showErrors(zodFieldErrors(checked.error));
      return;
    }
    void versioned.save(() => decide.mutateAsync(checked.data), onDone);
  };
  const id = (name: string) => `plan-${plan.id}-${name}`;
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {versioned.conflict && (
        <ConflictBox
          {...versioned.conflict}
          subject={strings.planSubject}
          notSaved={strings.decisionNotSaved}
          fields={FIELDS}
        />
      )}
      {versioned.failure && <ErrorAlert message={versioned.failure.message} />}
      <TextField
        id={id('decided-on')}
        type="date"
        label={strings.decidedOn}
        {...versioned.field('decidedOn')}
      />
      <TextField
        id={id('paragraph')}
        label={strings.decisionParagraph}
        hint={strings.decisionParagraphHint}
        {...versioned.field('decisionParagraph')}
      />
      <FormActions submitLabel={strings.saveDecision} pending={versioned.pending} />
    </form>
  );
}
