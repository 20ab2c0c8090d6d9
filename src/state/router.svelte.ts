import { formatRoute, parseRoute, type Route } from '../ui/routes';

/** The parts of `window` the router needs. */
export interface RouterWindow {
  location: { hash: string };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/** The current page, kept in the URL hash so deep links and reloads work on any static host. */
export class Router {
  route = $state.raw<Route>({ kind: 'home' });
  readonly #window: RouterWindow;
  readonly #onHashChange = () => {
    this.route = parseRoute(this.#window.location.hash);
  };

  constructor(win: RouterWindow) {
    this.#window = win;
    this.route = parseRoute(win.location.hash);
  }

  /** Follows hash changes (links, back and forward); returns the function that stops it. */
  start(): () => void {
    this.#window.addEventListener('hashchange', this.#onHashChange);
    return () => this.#window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Goes to a route (adds a history entry). */
  navigate(route: Route): void {
    const hash = formatRoute(route);
    if (this.#window.location.hash === hash) this.route = parseRoute(hash);
    else this.#window.location.hash = hash;
  }
}
