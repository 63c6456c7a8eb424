import { routesOf } from '../route-options';
import { followUpReadRoutes } from './reads';
import { followUpWriteRoutes } from './writes';

// Everything under /api/follow-up: analyses, judgements, the approval of them and of units'
// plans and follow-ups, the year lock (decision 017).
export const followUpRoutes = routesOf(followUpReadRoutes, followUpWriteRoutes);
