import { routesOf } from '../route-options';
import { activityReadRoutes } from './reads';
import { activityWriteRoutes } from './writes';

// Everything under /api/activities. activity = målaktivitet; unit = koncernenhet.
export const activityRoutes = routesOf(activityReadRoutes, activityWriteRoutes);
