import { add, money, multiply, type Currency, type Money } from './money';

export interface CartLine {
  readonly sku: string;
  readonly name: string;
  readonly unitPrice: Money;
  readonly quantity: number;
}

export interface GiftOptions {
  readonly wrap: boolean;
  /** Printed on the gift card; at most 200 characters. */
  readonly message: string;
}

export interface Cart {
  readonly id: string;
  readonly currency: Currency;
  readonly lines: readonly CartLine[];
  readonly gift: GiftOptions | null;
}

export const GIFT_WRAP_PRICE: Record<Currency, number> = { GBP: 350, EUR: 400, USD: 450 };
export const MAX_GIFT_MESSAGE = 200;

export function subtotal(cart: Cart): Money {
  return cart.lines.reduce((sum, line) => add(sum, multiply(line.unitPrice, line.quantity)), money(0, cart.currency));
}

export function giftWrapCharge(cart: Cart): Money {
  return money(cart.gift?.wrap ? GIFT_WRAP_PRICE[cart.currency] : 0, cart.currency);
}

export function setGiftOptions(cart: Cart, gift: GiftOptions): Cart {
  if (gift.message.length > MAX_GIFT_MESSAGE) {
    throw new RangeError(`Gift messages are limited to ${MAX_GIFT_MESSAGE} characters`);
  }
  // TODO(#12): persist the gift message with the cart once the cart API accepts it; today it lives in memory only
  return { ...cart, gift };
}

export function addLine(cart: Cart, line: CartLine): Cart {
  const existing = cart.lines.find((l) => l.sku === line.sku);
  const lines = existing
    ? cart.lines.map((l) => (l.sku === line.sku ? { ...l, quantity: l.quantity + line.quantity } : l))
    : [...cart.lines, line];
  return { ...cart, lines };
}
