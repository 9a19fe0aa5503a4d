import type { Cart } from './cart';

/** Guest sessions expire after 30 minutes without a request. */
export const SESSION_TTL_MS = 30 * 60 * 1000;

interface Entry {
  readonly cart: Cart;
  readonly touchedAt: number;
}

// FIXME(#17): guest carts are keyed by session id, so they vanish when the session expires mid-checkout
const guestCarts = new Map<string, Entry>();

export function saveGuestCart(sessionId: string, cart: Cart, now = Date.now()): void {
  guestCarts.set(sessionId, { cart, touchedAt: now });
}

export function loadGuestCart(sessionId: string, now = Date.now()): Cart | null {
  const entry = guestCarts.get(sessionId);
  if (!entry) return null;
  if (now - entry.touchedAt > SESSION_TTL_MS) {
    guestCarts.delete(sessionId);
    return null;
  }
  return entry.cart;
}
