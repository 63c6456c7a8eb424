import type { Role, User } from './schemas/auth';
import type { Period } from './schemas/period';

/**
 * Who may do what: the one rule the API enforces and the pages follow (they offer only what the
 * API will accept; the API decides). Roles are granted per account; a unit editor's rights
 * reach only the units listed on the account.
 */
export const PERMISSIONS = {
  /** Outcomes, targets, measure definitions and imports of outcomes. */
  enterValues: ['controller', 'admin'],
  /** Some unit's plan för målaktiviteter (which unit: mayEditActivityOf). */
  editActivities: ['unit_editor', 'controller', 'admin'],
  /**
   * The organisation units: add, rename, retire, merge. Controllers too: they run the yearly
   * plans and record a reorganisation the council decided; who may edit which unit's plan
   * (accounts, groups) stays with administrators.
   */
  manageUnits: ['controller', 'admin'],
  /**
   * Periods and their structure (målområden, verksamhetsmål, resultatmått), and making a period
   * active: the koncernstrateg, a controller, enters what the council decided (decision 009).
   */
  editStructure: ['controller', 'admin'],
  /**
   * Accounts, the audit log, the organisation's profile (name, kommunkod, licence …), closing a
   * period and reopening it, and correcting a closed period (with a reason).
   */
  administer: ['admin'],
  /**
   * The calendar of deadlines (outcomes, analyses, plans, follow-ups) and the completeness view
   * of what is due, missing or late: controllers run the follow-up cycle.
   */
  editDeadlines: ['controller', 'admin'],
  /** Intern kontroll: the kommunkoncern's risk analysis and the kommunövergripande plan. */
  editControlPlans: ['controller', 'admin'],
  /** Intern kontroll: some unit's risk analysis, plan and follow-up (which unit: mayEditControlOf). */
  followUpControl: ['unit_editor', 'controller', 'admin'],
  /** Intern kontroll: publishing a year's plans and follow-up summary on the public site. */
  publishControl: ['admin'],
  /**
   * The follow-up's approval (decision 017): approving, sending back and publishing analyses,
   * judgements and units' plans and follow-ups; writing the judgements; closing a year's
   * follow-up and reopening it.
   */
  reviewFollowUp: ['controller', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The roles that grant a permission, e.g. for a route's guard or a page's role check. */
export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

export function may(user: User | null | undefined, permission: Permission): boolean {
  const roles: readonly Role[] = PERMISSIONS[permission];
  return !!user && user.roles.some((role) => roles.includes(role));
}

/** Roles whose holders edit every unit's activities, not only their own units'. */
const ALL_UNITS: readonly Role[] = ['controller', 'admin'];

/**
 * Whether the user may edit an activity that these units are responsible for: controllers and
 * admins every unit's, a unit editor those where one of their own units is responsible.
 */
export function mayEditActivityOf(
  user: User | null | undefined,
  unitCodes: readonly string[],
): boolean {
  if (!user) return false;
  if (user.roles.some((role) => ALL_UNITS.includes(role))) return true;
  return user.roles.includes('unit_editor') && unitCodes.some((code) => user.units.includes(code));
}

/**
 * Intern kontroll at a level: the kommunkoncern's (unit null) by controllers and admins, a unit's
 * risk analysis, plan and follow-up also by that unit's editors (the unit rule of the activities).
 */
export function mayEditControlOf(user: User | null | undefined, unit: string | null): boolean {
  return unit === null ? may(user, 'editControlPlans') : mayEditActivityOf(user, [unit]);
}

/** Intern kontroll is read by signed-in users, and by everyone once its year is published. */
export function mayReadControl(user: User | null | undefined, published: boolean): boolean {
  return published || !!user;
}

type PeriodState = Pick<Period, 'status' | 'public'>;

/** Active and closed periods are public; a planned one only when marked so ("Förslag"). */
export function isPublicPeriod(period: PeriodState): boolean {
  return period.status !== 'planning' || period.public;
}

/** Anyone sees a public period; a planned one also every signed-in user with a role. */
export function maySeePeriod(user: User | null | undefined, period: PeriodState): boolean {
  return isPublicPeriod(period) || (!!user && user.roles.length > 0);
}

/** A closed period is read-only: only an administrator corrects it (and gives a reason). */
export function mayWriteInPeriod(user: User | null | undefined, period: PeriodState): boolean {
  return period.status !== 'closed' || may(user, 'administer');
}

/**
 * A measure's analysis: by the editors of its responsible (sammankallande) unit, and by
 * controllers and admins; with no responsible unit, only by those.
 */
export function mayWriteAnalysisOf(
  user: User | null | undefined,
  responsibleUnit: string | null,
): boolean {
  return (
    may(user, 'reviewFollowUp') ||
    (responsibleUnit !== null && mayEditActivityOf(user, [responsibleUnit]))
  );
}

/** Drafts (and their workflow state) are read by every signed-in user with a role. */
export function maySeeDrafts(user: User | null | undefined): boolean {
  return !!user && user.roles.length > 0;
}
