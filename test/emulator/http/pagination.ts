// Page-number pagination with GitHub's Link header. URLs are absolute and built from the request's own origin
// and query, so a client that follows `rel="next"` stays on the emulator and keeps its filters.
import type { ApiResponse, RouteContext } from './response';

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export interface Page<T> {
  items: T[];
  /** Undefined when everything fits on one page (GitHub then sends no Link header). */
  link?: string;
}

function positiveInt(value: string | null, fallback: number): number {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function paginate<T>(ctx: RouteContext, all: T[]): Page<T> {
  const perPage = Math.min(positiveInt(ctx.url.searchParams.get('per_page'), DEFAULT_PER_PAGE), MAX_PER_PAGE);
  const page = positiveInt(ctx.url.searchParams.get('page'), 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  if (last === 1 && page === 1) return { items };
  const at = (n: number): string => {
    const query = new URLSearchParams(ctx.url.searchParams);
    query.set('page', String(n));
    return `<${ctx.origins.api}${ctx.url.pathname}?${query.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${at(page + 1)}; rel="next"`);
  if (page !== last) rels.push(`${at(last)}; rel="last"`);
  if (page > 1) rels.push(`${at(1)}; rel="first"`);
  return { items, link: rels.join(', ') };
}

/** A paginated JSON array response. */
export function listResponse<T>(ctx: RouteContext, all: T[], serialize: (item: T) => unknown): ApiResponse {
  const page = paginate(ctx, all);
  return { status: 200, body: page.items.map(serialize), headers: page.link ? { link: page.link } : {} };
}
