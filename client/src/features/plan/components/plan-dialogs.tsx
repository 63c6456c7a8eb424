import type { Activity } from '@malbild/shared';
import { strings } from '../strings';
import type { PlanOptions } from '../types';
import { ActivityForm } from './activity-form';
import { FollowUpForm } from './follow-up-form';
import { PlanDialog } from './plan-dialog';
import type { RowActionKind } from './plan-row';
import { RemoveActivity } from './remove-activity';

export type Dialog = { kind: 'create' } | { kind: RowActionKind; activity: Activity } | null;

interface PlanDialogsProps extends Omit<PlanOptions, 'years'> {
  dialog: Dialog;
  year: number;
  unit: string;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** The open form, if any, in a modal dialog over the plan. */
export function PlanDialogs({ dialog, onClose, ...props }: PlanDialogsProps) {
  if (!dialog) return null;
  const { onDone } = props;
  switch (dialog.kind) {
    case 'create':
    case 'edit': {
      const activity = dialog.kind === 'edit' ? dialog.activity : null;
      return (
        <PlanDialog title={activity ? strings.editTitle : strings.addTitle} onClose={onClose}>
          <ActivityForm {...props} activity={activity} />
        </PlanDialog>
      );
    }
    case 'followUp':
      return (
        <PlanDialog title={strings.followUpTitle} onClose={onClose}>
          <FollowUpForm activity={dialog.activity} measures={props.measures} onDone={onDone} />
        </PlanDialog>
      );
    case 'remove':
      return (
        <PlanDialog title={strings.removeTitle} onClose={onClose}>
          <RemoveActivity
            activity={dialog.activity}
            measures={props.measures}
            onDone={onDone}
            onCancel={onClose}
          />
        </PlanDialog>
      );
  }
}
