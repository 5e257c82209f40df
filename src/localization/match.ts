/**
 * Picks the best available locale for a requested language tag. Pure and DOM-free.
 *
 * Matching is case-insensitive and treats `_` like `-`: an exact match wins (`pt-BR`), then the
 * requested tag with subtags removed one at a time (`es-MX` → `es`), then an available locale with
 * the same language (`zh-TW` → `zh-Hans`, `pt` → `pt-BR`). Nothing suitable → `fallback`.
 */
export function matchLocale(
  requested: string | null | undefined,
  available: readonly string[],
  fallback: string,
): string {
  const normalize = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();
  const parts = typeof requested === 'string' ? normalize(requested).split('-') : [''];
  const language = parts[0];
  for (let length = parts.length; length > 0 && language; length--) {
    const prefix = parts.slice(0, length).join('-');
    const found = available.find((code) => normalize(code) === prefix);
    if (found !== undefined) return found;
  }
  return (
    (language && available.find((code) => normalize(code).split('-')[0] === language)) || fallback
  );
}
