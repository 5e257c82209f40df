/**
 * Shared, memoized `Intl` objects. Building an `Intl.DateTimeFormat` or `Intl.PluralRules` costs
 * far more than using one, and a page with many widgets formats the same way many times, so each
 * (language, options) pair is built once. Pure and DOM-free.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * An `Intl.DateTimeFormat` for `locale` and `options`, built on first use.
 * Throws a `RangeError` for an invalid language tag, as the constructor does.
 */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** The plural category of `count` in `locale` (`one`, `other`, …), with the rules built once per language. */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}
