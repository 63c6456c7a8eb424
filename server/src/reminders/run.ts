import { addDays, formatDate, swedishDay, type CompletenessItem, type User } from '@malbild/shared';
import { CHECKS, completenessItems } from '../completeness/checks';
import type { Repositories } from '../db/repositories';
import type { Mailer } from './mailer';

// Reminders before and after a deadline (decision 018) to the users responsible: a unit's items
// to that unit's editors, items of no unit (a measure without sammankallande) to the controllers.
// One reminder per user, check, deadline and phase, recorded in reminders_sent under a unique
// key: claimed first, then sent, so a crash between the two loses that reminder rather than
// sending it twice ("at most once"); a send that fails gives the claim back for the next run.

export interface ReminderDays {
  /** The first reminder goes this many days before the deadline (until its day). */
  before: number;
  /** The second this many days after it, while something is still missing. */
  after: number;
}

export const DEFAULT_REMINDER_DAYS: ReminderDays = { before: 7, after: 3 };

/**
 * The after-reminder goes only in the two weeks from its day: a deadline long gone (a year
 * followed up before Målbild was used) sends nobody anything.
 */
const AFTER_WINDOW_DAYS = 14;

export interface ReminderRunOptions {
  repositories: Repositories;
  /** null: no SMTP, the reminders are shown in the app only. */
  mailer: Mailer | null;
  now: Date;
  days?: ReminderDays;
  log?: (message: string, error: unknown) => void;
}

export interface ReminderRunResult {
  emailed: number;
  inApp: number;
  failed: number;
}

type Phase = 'before' | 'after';

function phaseOn(today: string, dueDate: string, days: ReminderDays): Phase | null {
  if (today >= addDays(dueDate, -days.before) && today <= dueDate) return 'before';
  const from = addDays(dueDate, days.after);
  if (today >= from && today <= addDays(from, AFTER_WINDOW_DAYS)) return 'after';
  return null;
}

const CHECK_LABELS = new Map(CHECKS.map((check) => [check.id, check.label]));

/** The reminder's subject and text, in Swedish. */
export function reminderText(
  user: Pick<User, 'displayName'>,
  phase: Phase,
  check: string,
  dueDate: string,
  items: readonly CompletenessItem[],
  organisation: string | null,
): { subject: string; body: string } {
  const what = CHECK_LABELS.get(check) ?? check;
  const day = formatDate(dueDate);
  const subject =
    phase === 'before'
      ? `Påminnelse: ${what} ska vara klart senast ${day}`
      : `Försenat: ${what} skulle ha varit klart ${day}`;
  const lead =
    phase === 'before'
      ? `Det här ska vara klart i Målbild senast ${day}:`
      : `Det här skulle ha varit klart i Målbild ${day} och saknas fortfarande:`;
  const lines = items.map(
    (item) => `- ${item.text}${item.units.length > 0 ? ` (${item.units.join(', ')})` : ''}`,
  );
  const body = [
    `Hej ${user.displayName}!`,
    '',
    lead,
    '',
    ...lines,
    '',
    'Logga in i Målbild för att göra det.',
    '',
    `Meddelandet skickas automatiskt av Målbild${organisation ? `, ${organisation}` : ''}, en gång för varje datum.`,
  ].join('\n');
  return { subject, body };
}

function recipientsOf(users: readonly User[], unit: string | null): User[] {
  return users.filter(
    (user) =>
      !user.disabled &&
      (unit === null
        ? user.roles.includes('controller')
        : user.roles.includes('unit_editor') && user.units.includes(unit)),
  );
}

/** One run: every reminder due on `now`'s Swedish day that has not gone out yet. */
export async function runReminders({
  repositories,
  mailer,
  now,
  days = DEFAULT_REMINDER_DAYS,
  log = () => {},
}: ReminderRunOptions): Promise<ReminderRunResult> {
  const today = swedishDay(now);
  const users = repositories.users.list();
  const organisation = repositories.organisation.get().name;
  // key → the user and the items of one check, deadline and phase
  const pending = new Map<
    string,
    { user: User; phase: Phase; check: string; dueDate: string; items: CompletenessItem[] }
  >();
  for (const period of repositories.periods.list().filter((p) => p.status === 'active')) {
    for (let year = period.startYear; year <= period.endYear; year++) {
      const dates = repositories.deadlines.datesOf(period, year);
      const items = completenessItems({ period, year, today, dates, repositories });
      for (const item of items) {
        const { dueDate } = item;
        if (item.state === 'done' || dueDate === null) continue;
        const phase = phaseOn(today, dueDate, days);
        if (!phase) continue;
        const responsible = item.units.length > 0 ? item.units : [null];
        for (const user of responsible.flatMap((unit) => recipientsOf(users, unit))) {
          const key = [period.id, year, item.check, dueDate, phase, user.id].join(':');
          const entry = pending.get(key) ?? { user, phase, check: item.check, dueDate, items: [] };
          if (!entry.items.includes(item)) entry.items.push(item);
          pending.set(key, entry);
        }
      }
    }
  }

  const result: ReminderRunResult = { emailed: 0, inApp: 0, failed: 0 };
  for (const [key, { user, phase, check, dueDate, items }] of pending) {
    const { subject, body } = reminderText(user, phase, check, dueDate, items, organisation);
    const email = mailer && user.email ? user.email : null;
    const id = repositories.reminders.claim({
      key,
      userId: user.id,
      dueDate,
      subject,
      body,
      channel: email ? 'email' : 'app',
    });
    if (id === null) continue;
    if (!email || !mailer) {
      repositories.reminders.markSent(id);
      result.inApp += 1;
      continue;
    }
    try {
      await mailer.send({ to: email, subject, text: body });
      repositories.reminders.markSent(id);
      result.emailed += 1;
    } catch (error) {
      repositories.reminders.release(id);
      result.failed += 1;
      log(`reminder ${key} could not be sent`, error);
    }
  }
  return result;
}
