import { money, type Currency, type Money } from './money';

export interface ShippingRate {
  readonly service: 'standard' | 'express';
  readonly price: Money;
  readonly days: number;
}

// TODO(#15): read the cutoff from the carrier calendar API instead of hard-coding Dec 20, 14:00 UK time
const CHRISTMAS_CUTOFF = new Date('2026-12-20T14:00:00Z');

/** "Order within 3h 12m for delivery by Dec 24", or null once the cutoff has passed. */
export function cutoffCountdown(now: Date, cutoff: Date = CHRISTMAS_CUTOFF): string | null {
  const minutes = Math.floor((cutoff.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return null;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const left = days > 0 ? `${days}d ${hours}h` : `${hours}h ${rest}m`;
  return `Order within ${left} for delivery by Dec 24`;
}

export async function fetchRates(postcode: string, currency: Currency): Promise<ShippingRate[]> {
  // TODO(#44): cache rates per postcode area for 5 minutes; the rates API allows 50 requests/s
  const response = await fetch(`https://rates.carrier.example/v2/quote?postcode=${encodeURIComponent(postcode)}`);
  if (!response.ok) throw new Error(`Shipping rates unavailable (${response.status})`);
  const body = (await response.json()) as { service: 'standard' | 'express'; pence: number; days: number }[];
  return body.map((r) => ({ service: r.service, price: money(r.pence, currency), days: r.days }));
}
