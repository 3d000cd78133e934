import { create } from 'zustand';
import { flushAllFields } from '../lib/autosave/flush-registry';
import {
  printHash,
  PRINT_ORIGINALS,
  REPORT_SECTIONS,
  type ReportSection,
} from '../../../shared/reports/report-sections';

/** Screens addressed by the URL hash, so a reload (or the desktop app's restart) lands where the user was. */
export type Route =
  | { name: 'home' }
  | { name: 'audit'; id: string; touchpointId?: string }
  | { name: 'map'; id: string }
  | { name: 'templates' }
  | { name: 'template'; id: string }
  | { name: 'actions'; clientId: string }
  | { name: 'dashboard'; clientId: string }
  | { name: 'compare'; clientId: string; baselineId?: string; followUpId?: string }
  | { name: 'help' }
  | { name: 'settings' }
  | { name: 'metrics'; auditId: string }
  | { name: 'waves'; clientId: string }
  | { name: 'wave'; waveId: string }
  | { name: 'packages'; clientId?: string }
  | { name: 'trail'; auditId: string; touchpointId?: string; criterionId?: string }
  | { name: 'search'; clientId?: string }
  | { name: 'report'; auditId: string }
  | { name: 'calibration'; id?: string }
  | { name: 'triangulation'; clientId: string }
  | { name: 'print'; auditId: string; baselineId: string | null; sections: ReportSection[]; originals?: boolean };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id, extra, more, last] = parts;
  if (head === 'audit' && id) return extra ? { name: 'audit', id, touchpointId: extra } : { name: 'audit', id };
  if (head === 'map' && id) return { name: 'map', id };
  if (head === 'templates') return { name: 'templates' };
  if (head === 'template' && id) return { name: 'template', id };
  if (head === 'actions' && id) return { name: 'actions', clientId: id };
  if (head === 'dashboard' && id) return { name: 'dashboard', clientId: id };
  if (head === 'compare' && id)
    return {
      name: 'compare',
      clientId: id,
      ...(extra ? { baselineId: extra } : {}),
      ...(more ? { followUpId: more } : {}),
    };
  if (head === 'help') return { name: 'help' };
  if (head === 'settings') return { name: 'settings' };
  if (head === 'metrics' && id) return { name: 'metrics', auditId: id };
  if (head === 'waves' && id) return { name: 'waves', clientId: id };
  if (head === 'wave' && id) return { name: 'wave', waveId: id };
  if (head === 'search') return id ? { name: 'search', clientId: id } : { name: 'search' };
  if (head === 'trail' && id)
    return extra && more
      ? { name: 'trail', auditId: id, touchpointId: extra, criterionId: more }
      : { name: 'trail', auditId: id };
  if (head === 'report' && id) return { name: 'report', auditId: id };
  if (head === 'triangulation' && id) return { name: 'triangulation', clientId: id };
  if (head === 'calibration') return id ? { name: 'calibration', id } : { name: 'calibration' };
  if (head === 'packages') return id ? { name: 'packages', clientId: id } : { name: 'packages' };
  if (head === 'print' && id) {
    const sections = (more ?? '')
      .split(',')
      .filter((x): x is ReportSection => (REPORT_SECTIONS as readonly string[]).includes(x));
    return {
      name: 'print',
      auditId: id,
      baselineId: extra && extra !== '-' ? extra : null,
      sections: sections.length ? sections : [...REPORT_SECTIONS],
      ...(last === PRINT_ORIGINALS ? { originals: true } : {}),
    };
  }
  return { name: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'audit':
      return `#/audit/${encodeURIComponent(route.id)}${route.touchpointId ? `/${encodeURIComponent(route.touchpointId)}` : ''}`;
    case 'map':
      return `#/map/${encodeURIComponent(route.id)}`;
    case 'templates':
      return '#/templates';
    case 'template':
      return `#/template/${encodeURIComponent(route.id)}`;
    case 'actions':
      return `#/actions/${encodeURIComponent(route.clientId)}`;
    case 'dashboard':
      return `#/dashboard/${encodeURIComponent(route.clientId)}`;
    case 'compare':
      return `#/compare/${[route.clientId, route.baselineId, route.followUpId]
        .filter((p): p is string => !!p)
        .map(encodeURIComponent)
        .join('/')}`;
    case 'help':
      return '#/help';
    case 'settings':
      return '#/settings';
    case 'metrics':
      return `#/metrics/${encodeURIComponent(route.auditId)}`;
    case 'report':
      return `#/report/${encodeURIComponent(route.auditId)}`;
    case 'triangulation':
      return `#/triangulation/${encodeURIComponent(route.clientId)}`;
    case 'calibration':
      return route.id ? `#/calibration/${encodeURIComponent(route.id)}` : '#/calibration';
    case 'waves':
      return `#/waves/${encodeURIComponent(route.clientId)}`;
    case 'wave':
      return `#/wave/${encodeURIComponent(route.waveId)}`;
    case 'packages':
      return route.clientId ? `#/packages/${encodeURIComponent(route.clientId)}` : '#/packages';
    case 'search':
      return route.clientId ? `#/search/${encodeURIComponent(route.clientId)}` : '#/search';
    case 'trail':
      return `#/trail/${[route.auditId, route.touchpointId, route.criterionId]
        .filter((p): p is string => !!p)
        .map(encodeURIComponent)
        .join('/')}`;
    case 'print':
      return printHash(route);
  }
}

interface RouteStore {
  route: Route;
  go(route: Route): void;
}

export const useRoute = create<RouteStore>((set) => ({
  route: typeof window === 'undefined' ? { name: 'home' } : parseRoute(window.location.hash),
  go(route) {
    flushAllFields(); // what was typed on the screen being left is sent before it goes
    const hash = routeHash(route);
    if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    set({ route });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    flushAllFields();
    useRoute.setState({ route: parseRoute(window.location.hash) });
  });
}
