// The main navigation: a bar at the bottom of a phone's screen, a row under the header on wider
// screens. Real links (hash routes), the current page marked with aria-current.
import type { Route } from '../domain/route';
import { routeToHash } from '../domain/route';

const ITEMS: Array<{ route: Route; label: string; icon: string; matches: Route['name'][] }> = [
  { route: { name: 'home' }, label: 'Today', icon: 'M4 11l8-7 8 7v9h-5v-6H9v6H4z', matches: ['home'] },
  { route: { name: 'plan' }, label: 'Plan', icon: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4', matches: ['plan', 'week', 'session'] },
  { route: { name: 'train', id: null }, label: 'Train', icon: 'M3 10h3v4H3zM18 10h3v4h-3zM6 8h2v8H6zM16 8h2v8h-2zM8 11h8v2H8z', matches: ['train'] },
  { route: { name: 'runs' }, label: 'Runs', icon: 'M13 4a2 2 0 1 0 0 .1M9 20l2-6 3 3v4M7 12l3-4h4l2 4 3 1M11 14l-4 1', matches: ['runs'] },
  { route: { name: 'assess', step: 'feet' }, label: 'Assess', icon: 'M12 3a2 2 0 1 0 0 .1M6 7h12M12 7v6l-4 7M12 13l4 7', matches: ['assess'] },
  { route: { name: 'settings' }, label: 'Settings', icon: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2', matches: ['settings'] },
];

export function MainNav({ current }: { current: Route }) {
  return (
    <nav class="main-nav" aria-label="Main">
      <ul>
        {ITEMS.map((item) => {
          const active = item.matches.includes(current.name);
          return (
            <li>
              <a href={routeToHash(item.route)} aria-current={active ? 'page' : undefined}>
                <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                  <path d={item.icon} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
                </svg>
                <span>{item.label}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
