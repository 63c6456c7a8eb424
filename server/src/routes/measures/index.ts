import { routesOf } from '../route-options';
import { measureComparisonRoutes } from './comparison';
import { measureChartRoutes } from './chart';
import { measureDefinitionRoutes } from './definition';
import { measureHistoryRoutes } from './history';
import { measureReadRoutes } from './reads';

// Everything under /api/measures. measure = resultatmått, with its utfall (outcomes) and
// målvärden (targets).
export const measureRoutes = routesOf(
  measureReadRoutes,
  measureHistoryRoutes,
  measureDefinitionRoutes,
  measureComparisonRoutes,
  measureChartRoutes,
);
