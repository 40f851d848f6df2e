import type { HttpMethod, RestRoute } from './RestRoute.js';

/** The table of REST endpoints, looked up by method and exact path. */
export class RestRouter {
  private readonly routes = new Map<string, RestRoute>();

  /** Adds routes; a second route for the same method and path throws a `TypeError`. */
  add(...routes: readonly RestRoute[]): this {
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      if (this.routes.has(key)) throw new TypeError(`duplicate route ${key}`);
      this.routes.set(key, route);
    }
    return this;
  }

  /** The route for a method and path, if any. */
  find(method: string, path: string): RestRoute | undefined {
    return this.routes.get(`${method} ${path}`);
  }

  /** Every route, in the order added. */
  list(): RestRoute[] {
    return [...this.routes.values()];
  }

  /** True for the methods a route may declare. */
  static isMethod(method: string | undefined): method is HttpMethod {
    return method === 'GET' || method === 'POST' || method === 'PUT' || method === 'DELETE';
  }
}
