import { createActivityQueries } from './activities';
import { createActivityPlanQueries } from './activity-plan';
import { createAnalysisQueries } from './analyses';
import { createAuditQueries } from './audit';
import { createDatabaseState } from './database-check';
import { createDataVersion } from './data-version';
import { createDeadlineQueries } from './deadlines';
import { createDefinitionQueries } from './definitions';
import { createEntryQueries } from './entry';
import { createFollowUpLocks } from './follow-up-locks';
import { createGroupMappingQueries } from './identity-groups';
import { createIdentitySignInQueries } from './identity-sign-ins';
import { createIdentityUserQueries } from './identity-users';
import { createImportQueries } from './imports';
import { createInternalControlQueries } from './internal-control';
import { createKoladaQueries } from './kolada';
import type { Db } from './connection';
import { createMeasureQueries } from './measures';
import { createOrganisationQueries } from './organisation';
import { createPeriodSetup } from './period-setup';
import { createPeriodQueries } from './periods';
import { createActivityPublishing } from './published-activities';
import { createReminderQueries } from './reminders';
import { createReviewHistory } from './review-history';
import { createSessionQueries } from './sessions';
import { createSetupQueries } from './setup';
import { createSignInLimitQueries } from './sign-in-limits';
import { createStructureQueries } from './structure';
import { createStructureHistory } from './structure-history';
import { createUnitQueries } from './units';
import { createUnitReviews } from './unit-reviews';
import { createUserQueries } from './users';

/** Every repository, created once per database so each statement is prepared once. */
export function createRepositories(db: Db) {
  const activities = createActivityQueries(db);
  const users = createUserQueries(db);
  const groupMappings = createGroupMappingQueries(db);
  const reviewHistory = createReviewHistory(db);
  const followUpLocks = createFollowUpLocks(db, reviewHistory);
  const publishing = createActivityPublishing(db);
  const unitReviews = createUnitReviews(db, followUpLocks, reviewHistory, publishing);
  const activityPlan = createActivityPlanQueries(db, activities, unitReviews, publishing);
  const periods = createPeriodQueries(db);
  const definitions = createDefinitionQueries(db);
  const structureHistory = createStructureHistory(db);
  return {
    /** Changes whenever the data may have: the key of cached answers. */
    dataVersion: createDataVersion(db),
    periods,
    periodSetup: createPeriodSetup(db, periods, structureHistory),
    structure: createStructureQueries(db, periods, definitions, structureHistory),
    structureHistory,
    measures: createMeasureQueries(db),
    activities,
    activityPlan,
    units: createUnitQueries(db, activityPlan),
    users,
    groupMappings,
    identityUsers: createIdentityUserQueries(db, users, groupMappings),
    identitySignIns: createIdentitySignInQueries(db),
    sessions: createSessionQueries(db),
    signInLimits: createSignInLimitQueries(db),
    audit: createAuditQueries(db),
    entry: createEntryQueries(db),
    definitions,
    organisation: createOrganisationQueries(db),
    imports: createImportQueries(db),
    internalControl: createInternalControlQueries(db),
    setup: createSetupQueries(db),
    kolada: createKoladaQueries(db),
    deadlines: createDeadlineQueries(db),
    reminders: createReminderQueries(db),
    /** The follow-up's analyses and judgements, units' plan reviews, year locks (decision 017). */
    analyses: createAnalysisQueries(db, followUpLocks, reviewHistory),
    unitReviews,
    followUpLocks,
    reviewHistory,
    /** Whether the database answers now (the health check). */
    databaseState: createDatabaseState(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
