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
  if (typeof requested !== 'string') return fallback;
  const normalize = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();
  const wanted = normalize(requested);
  if (wanted === '') return fallback;
  const byNormal = new Map(available.map((code) => [normalize(code), code] as const));
  const parts = wanted.split('-');
  for (let length = parts.length; length > 0; length--) {
    const candidate = byNormal.get(parts.slice(0, length).join('-'));
    if (candidate !== undefined) return candidate;
  }
  const language = parts[0];
  const sameLanguage = available.find((code) => normalize(code).split('-')[0] === language);
  return sameLanguage ?? fallback;
}
