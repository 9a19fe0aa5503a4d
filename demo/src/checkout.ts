// The checkout flow as the API runs it: price the cart, charge the card, confirm the order.
import { giftWrapCharge, subtotal, type Cart } from './cart';
import { add, format, money, type Money } from './money';
import { charge } from './payment';
import { discount, findPromo } from './promo';

export interface Quote {
  readonly subtotal: Money;
  readonly giftWrap: Money;
  readonly discount: Money;
  readonly shipping: Money;
  readonly total: Money;
}

export function quote(cart: Cart, shipping: Money, promoCode: string, loyalty: Money, cost: Money, now = new Date()): Quote {
  const items = subtotal(cart);
  const off = discount(items, loyalty, findPromo(promoCode, now), cost);
  const total = add(add(money(items.amount - off.amount, cart.currency), giftWrapCharge(cart)), shipping);
  return { subtotal: items, giftWrap: giftWrapCharge(cart), discount: off, shipping, total };
}

export async function placeOrder(orderId: string, priced: Quote, cardToken: string): Promise<string> {
  const result = await charge(orderId, priced.total, cardToken);
  if (result.status === 'declined') return 'Your card was declined. Nothing was charged.';
  return `Thank you! We charged ${format(priced.total)} for order ${orderId}.`;
}
