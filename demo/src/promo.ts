import { money, percentOf, type Money } from './money';

export interface PromoCode {
  readonly code: string;
  readonly percentOff: number;
  readonly validUntil: Date;
  /** Holiday codes stack with the loyalty discount; others do not. */
  readonly stacksWithLoyalty: boolean;
}

export const HOLIDAY_CODES: readonly PromoCode[] = [
  { code: 'HOLIDAY26', percentOff: 15, validUntil: new Date('2026-12-27T00:00:00Z'), stacksWithLoyalty: true },
  { code: 'WRAPITUP', percentOff: 5, validUntil: new Date('2026-12-24T00:00:00Z'), stacksWithLoyalty: false },
];

export function findPromo(input: string, now: Date): PromoCode | null {
  const code = input.trim().toUpperCase();
  return HOLIDAY_CODES.find((p) => p.code === code && now < p.validUntil) ?? null;
}

/** The loyalty discount applies first, then the promo code on what is left; never below cost. */
export function discount(subtotal: Money, loyalty: Money, promo: PromoCode | null, cost: Money): Money {
  const afterLoyalty = money(subtotal.amount - loyalty.amount, subtotal.currency);
  if (promo === null) return loyalty;
  // TODO(#999): cap percentage codes at a maximum discount per order, as Acme's finance team asked
  const promoOff = promo.stacksWithLoyalty ? percentOf(afterLoyalty, promo.percentOff) : percentOf(subtotal, promo.percentOff);
  const total = Math.min(loyalty.amount + promoOff.amount, subtotal.amount - cost.amount);
  return money(Math.max(total, 0), subtotal.currency);
}
