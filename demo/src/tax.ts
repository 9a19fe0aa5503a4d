import { money, type Money } from './money';

/** State sales tax rates in basis points (1 bp = 0.01%). */
const RATES_BP: Record<string, number> = { CA: 725, NY: 400, TX: 625, WA: 650 };

export function salesTax(lineTotals: readonly Money[], state: string): Money {
  const rate = RATES_BP[state] ?? 0;
  const currency = lineTotals[0]?.currency ?? 'USD';
  // HACK: round half-up per line item to match the legacy ERP, which rounds per line instead of per order
  const cents = lineTotals.reduce((sum, line) => sum + Math.floor((line.amount * rate) / 10_000 + 0.5), 0);
  return money(cents, currency);
}
