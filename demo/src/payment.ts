import type { Money } from './money';

export interface ChargeResult {
  readonly id: string;
  readonly status: 'succeeded' | 'declined';
}

const GATEWAY_URL = 'https://api.payments.example/v1/charges';
const TIMEOUT_MS = 10_000;
const ATTEMPTS = 3;

export async function charge(orderId: string, amount: Money, cardToken: string): Promise<ChargeResult> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      // FIXME(#16): a retry after a gateway timeout can charge the card twice; send an Idempotency-Key header
      const response = await fetch(GATEWAY_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ order: orderId, amount: amount.amount, currency: amount.currency, source: cardToken }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.status === 402) return { id: orderId, status: 'declined' };
      if (!response.ok) throw new Error(`Gateway answered ${response.status}`);
      return (await response.json()) as ChargeResult;
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`Payment failed after ${ATTEMPTS} attempts: ${String(lastError)}`);
}
