import type { FastifyInstance } from 'fastify';
import type { Repositories } from '../db/repositories';
import type { Mailer } from './mailer';
import { runReminders, type ReminderDays } from './run';

export interface ReminderSchedule {
  mailer: Mailer | null;
  /** How often to look for reminders due (MALBILD_REMINDER_INTERVAL_MINUTES). */
  intervalMs: number;
  days: ReminderDays;
}

/**
 * Runs the reminders once when the server is ready and then every interval; a run never overlaps
 * the previous one. reminders_sent, not this timer, keeps each reminder to one across restarts.
 */
export function scheduleReminders(
  app: FastifyInstance,
  repositories: Repositories,
  { mailer, intervalMs, days }: ReminderSchedule,
): void {
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runReminders({
        repositories,
        mailer,
        now: new Date(),
        days,
        log: (message, error) => app.log.warn({ err: error }, message),
      });
      if (result.emailed + result.inApp + result.failed > 0) app.log.info(result, 'reminders');
    } catch (error) {
      app.log.error({ err: error }, 'reminders failed');
    } finally {
      running = false;
    }
  };
  app.addHook('onReady', () => {
    timer = setInterval(() => void run(), intervalMs);
    timer.unref();
    void run();
  });
  app.addHook('onClose', () => {
    clearInterval(timer);
    mailer?.close();
  });
}
