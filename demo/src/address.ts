export interface Address {
  readonly line1: string;
  readonly line2?: string;
  readonly town: string;
  readonly postcode: string;
  readonly country: 'GB';
}

// TODO(#19): drop this regex fallback now that postcode autocomplete is live for everyone
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export function isValidPostcode(input: string): boolean {
  return UK_POSTCODE.test(input.trim());
}

export async function lookupAddresses(postcode: string): Promise<Address[]> {
  const response = await fetch(`/api/address?postcode=${encodeURIComponent(normalisePostcode(postcode))}`);
  if (!response.ok) return [];
  return (await response.json()) as Address[];
}
