import { routesOf } from '../route-options';
import { internalControlFileRoutes } from './files';
import { internalControlReadRoutes } from './reads';
import { internalControlWriteRoutes } from './writes';

// Everything under /api/internal-control (intern kontroll, docs/decisions/008).
export const internalControlRoutes = routesOf(
  internalControlReadRoutes,
  internalControlWriteRoutes,
  internalControlFileRoutes,
);
