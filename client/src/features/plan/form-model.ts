import { ActivityInputSchema, type Activity, type ActivityFields } from '@malbild/shared';
import { zodFieldErrors, type FieldErrors } from '../../lib/field-errors';

/** The activity form as typed: text fields as strings, the responsible units as codes. */
export interface ActivityForm {
  measureNumber: string;
  units: string[];
  verksamhet: string;
  text: string;
  antal: string;
  countUnit: string;
  comment: string;
}
export type TextField = Exclude<keyof ActivityForm, 'units'>;

export const blankForm = (unit: string): ActivityForm => ({
  measureNumber: '',
  units: [unit],
  verksamhet: '',
  text: '',
  antal: '',
  countUnit: '',
  comment: '',
});

export const toForm = (activity: Activity): ActivityForm => ({
  measureNumber: String(activity.measureNumber),
  units: activity.units,
  verksamhet: activity.verksamhet ?? '',
  text: activity.text,
  antal: activity.antal ?? '',
  countUnit: activity.countUnit ?? '',
  comment: activity.comment ?? '',
});

const sameUnits = (a: readonly string[], b: readonly string[]) => a.join() === b.join();

/**
 * The form checked with the API's own schema, so the same input is refused with the same words
 * before it is sent. The units' written form ("KS", "Alla") stays while the units do.
 */
export function toFields(
  form: ActivityForm,
  base: Activity | null,
): { fields: ActivityFields } | { errors: FieldErrors } {
  const keepWritten = base !== null && sameUnits(form.units, base.units);
  const result = ActivityInputSchema.safeParse({
    ...form,
    measureNumber: form.measureNumber === '' ? undefined : Number(form.measureNumber),
    unitsRaw: keepWritten ? base.unitsRaw : undefined,
  });
  return result.success ? { fields: result.data } : { errors: zodFieldErrors(result.error) };
}

/** Today in the user's time zone, as the date input writes it. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
