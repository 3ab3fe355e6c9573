// base64url without padding (RFC 4648 §5): safe in a URL fragment, no escaping needed. The platform's btoa/atob do
// the coding; base64url differs from base64 only in two characters and the padding.

/** Bytes → base64url text (no padding). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole link's bytes into one call could pass the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** S1: null when the text is not base64url (a character outside the alphabet, or an impossible length). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
