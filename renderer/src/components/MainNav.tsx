import { useTranslation } from 'react-i18next';
import { routeHash, useRoute, type Route } from '../stores/route-store';

type Section = 'clients' | 'templates' | 'packages' | 'search' | 'calibration' | 'help' | 'settings';
type Label =
  'nav.clients' | 'nav.templates' | 'exchange.nav' | 'search.nav' | 'calibration.nav' | 'nav.help' | 'settings.nav';

/** The top bar's places, in order; every other screen belongs to Clients (a client's audits, maps, reports). */
const ITEMS: readonly { section: Section; route: Route; label: Label; testId?: string }[] = [
  { section: 'clients', route: { name: 'home' }, label: 'nav.clients' },
  { section: 'templates', route: { name: 'templates' }, label: 'nav.templates' },
  { section: 'packages', route: { name: 'packages' }, label: 'exchange.nav' },
  { section: 'search', route: { name: 'search' }, label: 'search.nav', testId: 'nav-search' },
  { section: 'calibration', route: { name: 'calibration' }, label: 'calibration.nav', testId: 'nav-calibration' },
  { section: 'help', route: { name: 'help' }, label: 'nav.help' },
  { section: 'settings', route: { name: 'settings' }, label: 'settings.nav' },
];

function sectionOf(route: Route): Section {
  if (route.name === 'template') return 'templates';
  return ITEMS.find((item) => item.route.name === route.name)?.section ?? 'clients';
}

/** The main navigation: the current place is marked for assistive technology and styles alike. */
export function MainNav() {
  const { t } = useTranslation();
  const { route, go } = useRoute();
  const current = sectionOf(route);
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      {ITEMS.map((item) => (
        <a
          key={item.section}
          href={routeHash(item.route)}
          aria-current={current === item.section ? 'page' : undefined}
          onClick={(e) => (e.preventDefault(), go(item.route))}
          data-testid={item.testId}
        >
          {t(item.label)}
        </a>
      ))}
    </nav>
  );
}
