// Matches `METHOD /path` against route patterns: `:name` is one path segment, `:name+` may span slashes
// (branch names such as `release/1.0`, which Octokit sends percent-encoded anyway).
import type { RouteHandler } from './http/response';

export interface Route {
  method: string;
  pattern: string;
  handler: RouteHandler;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export interface RouteMatch {
  handler: RouteHandler;
  params: Record<string, string>;
}

export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.pattern.replace(/:(\w+)(\+?)/g, (_m, name: string, rest: string) => {
        names.push(name);
        return rest ? '(.+)' : '([^/]+)';
      });
      return { ...route, names, regex: new RegExp(`^${source}/?$`) };
    });
  }

  match(method: string, pathname: string): RouteMatch | undefined {
    for (const route of this.compiled) {
      if (route.method !== method) continue;
      const m = route.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      try {
        route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
      } catch {
        return undefined; // malformed percent-encoding: GitHub answers 404 too
      }
      return { handler: route.handler, params };
    }
    return undefined;
  }
}
