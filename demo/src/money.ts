// Money is kept in minor units (pence, cents) everywhere: floats never touch a price.

export type Currency = 'GBP' | 'EUR' | 'USD';

export interface Money {
  readonly amount: number;
  readonly currency: Currency;
}

export function money(amount: number, currency: Currency): Money {
  if (!Number.isInteger(amount)) throw new RangeError(`Money must be in minor units, got ${amount}`);
  return { amount, currency };
}

export function add(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(`Cannot add ${a.currency} to ${b.currency}`);
  return money(a.amount + b.amount, a.currency);
}

export function multiply(price: Money, quantity: number): Money {
  return money(price.amount * quantity, price.currency);
}

export function percentOf(price: Money, percent: number): Money {
  return money(Math.round((price.amount * percent) / 100), price.currency);
}

export function format(value: Money, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(value.amount / 100);
}
