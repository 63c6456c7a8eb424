import { routesOf } from '../route-options';
import { periodReadRoutes } from './reads';
import { structureRoutes } from './structure';
import { periodWriteRoutes } from './writes';

// Everything under /api/periods: målperioder with their lifecycle, and their structure
// (målområden, verksamhetsmål, resultatmått) as it is set up and edited. Decision 008.
export const periodRoutes = routesOf(periodReadRoutes, periodWriteRoutes, structureRoutes);
