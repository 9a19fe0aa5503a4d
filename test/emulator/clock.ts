// GitHub timestamps have second precision. Tests write several times within one second and still expect
// `updated_at` to change on every write (ETags and `since` depend on it), so a write never reuses a timestamp.

export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function nowIso(): string {
  return isoSeconds(Date.now());
}

/** Now, or one second after `previous` when now would not move the timestamp forward. */
export function laterThan(previous: string | null | undefined): string {
  const now = Math.floor(Date.now() / 1000) * 1000;
  const before = previous ? Date.parse(previous) : NaN;
  return isoSeconds(Number.isNaN(before) || now > before ? now : before + 1000);
}

export function epochSeconds(ms = Date.now()): number {
  return Math.floor(ms / 1000);
}
