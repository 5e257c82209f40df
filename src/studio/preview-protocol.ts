/** What the studio sends its preview frame, and what the frame answers (postMessage, same origin). */
export interface PreviewConfig {
  type: 'botox-studio:config';
  tag: string;
  /** `[name, value]`, in order; `''` for a boolean attribute that is on. */
  attributes: [string, string][];
  /** `[token, #rrggbb]`. */
  colours: [string, string][];
  locale: string;
  /** Shipped languages: code → id → text (`setMessages`). */
  changed: Record<string, Record<string, string>>;
  /** Added languages (`registerLocale`). */
  added: Record<string, { dir: 'ltr' | 'rtl'; messages: Record<string, string> }>;
}

export type PreviewReport =
  | { type: 'botox-studio:ready' }
  | { type: 'botox-studio:applied'; height: number }
  | { type: 'botox-studio:height'; height: number };
