import type { Area, Goal, PeriodDetail } from '@malbild/shared';

/** The goal with this id and the area it belongs to, or null. */
export function findGoal(period: PeriodDetail, goalId: number): { goal: Goal; area: Area } | null {
  for (const area of period.areas) {
    const goal = area.goals.find((g) => g.id === goalId);
    if (goal) return { goal, area };
  }
  return null;
}
