/** Language codes a clinic can add: BCP 47 tags, checked and written the usual way. Pure. */

/** What the library's `registerLocale` accepts (src/localization/wording.ts). */
const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** Scripts and languages written right to left (for the direction a new language starts with). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand']);
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'ha-Arab',
  'he',
  'iw',
  'khw',
  'ks',
  'ku-Arab',
  'pa-Arab',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
  'syr',
  'prs',
  'glk',
  'mzn',
  'lrc',
  'bal',
  'brh',
  'az-Arab',
]);

export type TagCheck =
  | { ok: true; code: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'shipped' | 'added'; code?: string };

/**
 * Checks a typed language code: `pt_pt` → `pt-PT`, `sr-latn` → `sr-Latn`. Not a tag, a shipped
 * language (whose wording the clinic changes instead) or one already added are refused.
 */
export function checkLanguageTag(
  typed: string,
  shipped: readonly string[],
  added: readonly string[],
): TagCheck {
  const text = typed.trim().replace(/_/g, '-');
  if (text === '') return { ok: false, reason: 'empty' };
  if (!TAG.test(text)) return { ok: false, reason: 'invalid' };
  let code: string;
  try {
    [code] = Intl.getCanonicalLocales(text) as [string];
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!TAG.test(code)) return { ok: false, reason: 'invalid' };
  const same = (other: string) => other.toLowerCase() === code.toLowerCase();
  const shippedCode = shipped.find(same);
  if (shippedCode) return { ok: false, reason: 'shipped', code: shippedCode };
  if (added.some(same)) return { ok: false, reason: 'added', code };
  return { ok: true, code };
}

/** The usual writing direction of a language code. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  let script: string | undefined;
  let language = code;
  try {
    const locale = new Intl.Locale(code).maximize();
    script = locale.script;
    language = locale.language;
  } catch {
    return 'ltr';
  }
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** A language's name in English, for the studio's lists: "Vietnamese (vi)", or the code. */
export function languageLabel(code: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}
