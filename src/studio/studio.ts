/**
 * The clinic studio (`dist/studio/index.html`): configure a widget, change its colours and
 * wording, add a language, and copy code that works. It runs in the browser only: the clinic's
 * work is kept in this browser's local storage (it is the clinic's text, never a patient's) and
 * in files the clinic saves; nothing is uploaded. The studio's own screens are in English.
 *
 * The state is one `Project` (model/types.ts); every change goes through `update()`, which saves
 * it, re-renders and sends the preview frame the same configuration the embed code carries.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { data } from './data.js';
import { contrastChecks, normalizeHex } from './model/colours.js';
import {
  changedColours,
  chosenElement,
  elementAttributes,
  embedCode,
  strictPolicyCode,
  testPage,
  wordpressCode,
} from './model/embed.js';
import { groupMessages } from './model/groups.js';
import { optionHint } from './model/hints.js';
import { checkLanguageTag, directionOf, languageLabel } from './model/languages.js';
import { checkMessage, lostPlaceholders, type MessageIssue } from './model/messages.js';
import {
  appliedWording,
  editedTexts,
  newProject,
  progress,
  projectLocales,
  readProject,
  startingTexts,
} from './model/project.js';
import type { CatalogMessage, Project, StudioAttribute } from './model/types.js';
import {
  readWordingJson,
  readXliff,
  writeWordingJson,
  writeXliff,
  type WordingError,
  type WordingFile,
} from './model/wording-io.js';
import type { PreviewConfig, PreviewReport } from './preview-protocol.js';

const STORAGE_KEY = 'botox-widgets-studio';
const app = document.querySelector('#studio') as HTMLElement;
const frame = document.querySelector('#preview') as HTMLIFrameElement;
const byId = new Map(data.messages.map((message) => [message.id, message]));

// ---------------------------------------------------------------------------------------------
// State

function restore(): Project {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved) return readProject(JSON.parse(saved), data) ?? newProject(data);
  } catch {
    // Storage off, or not a project: start again.
  }
  return newProject(data);
}

let project = restore();
/** Messages and their kind for the status line (`role=status`). */
let announcement = '';
let importResult: { ok: boolean; text: string } | undefined;
let languageError = '';
let newCode = '';
let newDir: 'ltr' | 'rtl' = 'ltr';
let newFrom = data.source;
let filter = '';
let width: 'phone' | 'desktop' = 'desktop';
let previewReady = false;
let saved = true;

function update(change: (draft: Project) => void): void {
  const draft = structuredClone(project);
  change(draft);
  project = draft;
  saved = persist();
  draw();
  sendPreview();
}

function persist(): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(project));
    return true;
  } catch {
    return false;
  }
}

const announce = (text: string) => {
  // The same text twice is still read out: clear it first.
  announcement = '';
  draw();
  requestAnimationFrame(() => {
    announcement = text;
    draw();
  });
};

/**
 * Where the studio's widgets come from: `dist/botox-widgets.js` beside `dist/studio/`, or the
 * source entry under the dev server (`npm start`).
 */
const OWN_SCRIPT = (import.meta as unknown as { env?: { DEV?: boolean } }).env?.DEV
  ? new URL('/src/cdn.ts', location.href).href
  : new URL('../botox-widgets.js', document.baseURI).href;

/** The script URL the embed code uses: the clinic's own, or where the studio loads it from. */
const scriptUrl = () => project.scriptUrl || OWN_SCRIPT;

// ---------------------------------------------------------------------------------------------
// The preview frame

function previewConfig(): PreviewConfig {
  const { changed, added } = appliedWording(project, data);
  return {
    type: 'botox-studio:config',
    tag: chosenElement(project, data).tag,
    attributes: elementAttributes(project, data),
    colours: changedColours(project, data),
    locale: project.locale,
    changed,
    added: Object.fromEntries(
      Object.entries(added).map(([code, { dir, messages }]) => [code, { dir, messages }]),
    ),
  };
}

function sendPreview(): void {
  if (previewReady) frame.contentWindow?.postMessage(previewConfig(), location.origin);
}

addEventListener('message', (event: MessageEvent<PreviewReport>) => {
  if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
  const report = event.data;
  if (report?.type === 'botox-studio:ready') {
    previewReady = true;
    sendPreview();
  } else if (report?.type === 'botox-studio:applied' || report?.type === 'botox-studio:height') {
    frame.style.height = `${Math.max(report.height, 200)}px`;
    if (report.type === 'botox-studio:applied') frame.dataset.applied = String(Date.now());
  }
});

// ---------------------------------------------------------------------------------------------
// Files

function download(name: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const readFile = (input: HTMLInputElement): Promise<string | undefined> => {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return Promise.resolve(undefined);
  if (file.size > 2_000_000) return Promise.resolve('');
  return file.text();
};

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(`${what} copied.`);
  } catch {
    announce(`Copying did not work: select the text in the box and copy it yourself.`);
  }
}

/** The texts a file gives for the current language: everything, or only what differs from the shipped text. */
function importWording(result: WordingFile | WordingError, name: string): void {
  if (!result.ok) {
    importResult = {
      ok: false,
      text: `${name} was not imported: ${result.error} Nothing was changed.`,
    };
    draw();
    announce(importResult.text);
    return;
  }
  const locales = projectLocales(project, data);
  const used: string[] = [];
  const skippedLanguages: string[] = [];
  const next = structuredClone(project);
  for (const [code, texts] of Object.entries(result.languages)) {
    const target = locales.find((known) => known.toLowerCase() === code.toLowerCase());
    if (!target) {
      skippedLanguages.push(code);
      continue;
    }
    used.push(target);
    const added = next.languages[target];
    if (added) {
      added.messages = { ...added.messages, ...texts };
      if (result.dir[code]) added.dir = result.dir[code];
    } else {
      const changes = Object.fromEntries(
        Object.entries(texts).filter(([id, text]) => {
          const message = byId.get(id) as CatalogMessage;
          return text !== (message.translations[target] ?? message.text);
        }),
      );
      next.wording[target] = { ...next.wording[target], ...changes };
    }
  }
  if (used.length === 0) {
    importResult = {
      ok: false,
      text: `${name} was not imported: it is for ${skippedLanguages.join(', ')}, which is not a language here. Add the language first. Nothing was changed.`,
    };
  } else {
    const count = used.reduce(
      (sum, code) => sum + Object.keys(result.languages[code] ?? {}).length,
      0,
    );
    const skipped = [
      result.unknown.length > 0 ? `${result.unknown.length} with ids the widgets do not have` : '',
      result.notText.length > 0 ? `${result.notText.length} that are not text` : '',
      skippedLanguages.length > 0 ? `the languages ${skippedLanguages.join(', ')}` : '',
    ].filter(Boolean);
    importResult = {
      ok: true,
      text: `Imported ${count} texts for ${used.map(languageLabel).join(', ')} from ${name}.${skipped.length > 0 ? ` Skipped ${skipped.join('; ')}.` : ''}`,
    };
    project = next;
  }
  update(() => {});
  announce(importResult.text);
}

async function onImport(event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const name = input.files?.[0]?.name ?? 'The file';
  const text = await readFile(input);
  if (text === undefined) return;
  const code = project.locale;
  const result = /^\s*(?:\uFEFF)?\s*</.test(text)
    ? readXliff(text, code, data)
    : readWordingJson(text, code, data);
  importWording(result, name);
}

async function onOpenProject(event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const name = input.files?.[0]?.name ?? 'The file';
  const text = await readFile(input);
  if (text === undefined) return;
  let opened: Project | undefined;
  try {
    opened = readProject(JSON.parse(text), data);
  } catch {
    opened = undefined;
  }
  if (!opened) {
    announce(`${name} is not a studio project file. Nothing was changed.`);
    return;
  }
  project = opened;
  update(() => {});
  announce(`Opened ${name}.`);
}

// ---------------------------------------------------------------------------------------------
// Widget options

/** A list key's name for people: the message that titles it, else the key. */
function keyLabel(key: string): string {
  return (
    byId.get(`benefits.${key}.title`)?.text ?? byId.get(`candidacy.criterion.${key}`)?.text ?? key
  );
}

function setAttribute(name: string, value: string | undefined): void {
  update((draft) => {
    const tag = draft.widget;
    const attributes = { ...draft.attributes[tag] };
    if (value === undefined) delete attributes[name];
    else attributes[name] = value;
    draft.attributes[tag] = attributes;
  });
}

const optionErrors = new Map<string, string>();

function control(attribute: StudioAttribute): TemplateResult {
  const tag = project.widget;
  const value = project.attributes[tag]?.[attribute.name];
  const id = `option-${attribute.name}`;
  const words = optionHint(tag, attribute.name) ?? {
    label: attribute.name,
    hint: attribute.description,
  };
  const label = words.label;
  const name = (key: string) => words.values?.[key] ?? keyLabel(key);
  const hint = html`<p class="hint" id="${id}-hint">${words.hint}</p>`;
  const error = optionErrors.get(attribute.name);
  const errorText = error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing;
  const described = `${id}-hint${error ? ` ${id}-error` : ''}`;
  switch (attribute.kind) {
    case 'enum':
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <select
          id=${id}
          aria-describedby=${described}
          @change=${(event: Event) => {
            const chosen = (event.target as HTMLSelectElement).value;
            setAttribute(attribute.name, chosen === String(attribute.default) ? undefined : chosen);
          }}
        >
          ${attribute.values?.map(
            (option) =>
              html`<option value=${option} ?selected=${(value ?? attribute.default) === option}>
                ${name(option)}${option === attribute.default ? ' (default)' : ''}
              </option>`,
          )}
        </select>
        ${hint}
      </div>`;
    case 'boolean':
      return html`<div class="field switch">
        <input
          type="checkbox"
          role="switch"
          id=${id}
          aria-describedby=${described}
          .checked=${live(value !== undefined)}
          @change=${(event: Event) =>
            setAttribute(
              attribute.name,
              (event.target as HTMLInputElement).checked ? '' : undefined,
            )}
        />
        <label for=${id}>${label}</label>
        ${hint}
      </div>`;
    case 'integer':
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          type="number"
          inputmode="numeric"
          id=${id}
          min=${ifDefined(attribute.min)}
          max=${ifDefined(attribute.max)}
          step="1"
          placeholder=${ifDefined(attribute.default === undefined ? undefined : String(attribute.default))}
          aria-describedby=${described}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${live(value ?? '')}
          @input=${(event: Event) => {
            const text = (event.target as HTMLInputElement).value.trim();
            const number = Number(text);
            if (text === '') {
              optionErrors.delete(attribute.name);
              setAttribute(attribute.name, undefined);
            } else if (
              !Number.isInteger(number) ||
              (attribute.min !== undefined && number < attribute.min) ||
              (attribute.max !== undefined && number > attribute.max)
            ) {
              optionErrors.set(
                attribute.name,
                `Enter a whole number from ${attribute.min ?? '…'} to ${attribute.max ?? '…'}. Until then the widget uses ${value ?? attribute.default ?? 'its default'}.`,
              );
              draw();
            } else {
              optionErrors.delete(attribute.name);
              setAttribute(attribute.name, String(number));
            }
          }}
        />
        ${errorText} ${hint}
      </div>`;
    case 'list': {
      const chosen = value === undefined ? undefined : value.split(',').filter(Boolean);
      return html`<fieldset class="field list">
        <legend>${label}</legend>
        <div class="switch">
          <input
            type="checkbox"
            role="switch"
            id=${id}
            aria-describedby=${described}
            .checked=${live(chosen !== undefined)}
            @change=${(event: Event) =>
              setAttribute(
                attribute.name,
                (event.target as HTMLInputElement).checked
                  ? (attribute.values ?? []).join(',')
                  : undefined,
              )}
          />
          <label for=${id}>Choose which to show</label>
        </div>
        ${hint}
        ${
          chosen === undefined
            ? html`<p class="note">The widget shows its usual selection.</p>`
            : html`<ul class="checks">
                ${attribute.values?.map(
                  (key) =>
                    html`<li>
                      <input
                        type="checkbox"
                        id="${id}-${key}"
                        .checked=${live(chosen.includes(key))}
                        @change=${(event: Event) => {
                          const on = (event.target as HTMLInputElement).checked;
                          const next = (attribute.values ?? []).filter((k) =>
                            k === key ? on : chosen.includes(k),
                          );
                          setAttribute(attribute.name, next.join(','));
                        }}
                      />
                      <label for="${id}-${key}">${name(key)}</label>
                    </li>`,
                )}
              </ul>`
        }
      </fieldset>`;
    }
    default:
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          type=${attribute.kind === 'date' ? 'date' : attribute.kind === 'url' ? 'url' : 'text'}
          id=${id}
          aria-describedby=${described}
          .value=${live(value ?? '')}
          @input=${(event: Event) => {
            const text = (event.target as HTMLInputElement).value;
            setAttribute(attribute.name, text.trim() === '' ? undefined : text);
          }}
        />
        ${hint}
      </div>`;
  }
}

function optionsSection(): TemplateResult {
  const element = chosenElement(project, data);
  return html`<section aria-labelledby="widget-heading">
    <h2 id="widget-heading">Widget and options</h2>
    <div class="field">
      <label for="widget">Widget</label>
      <select
        id="widget"
        aria-describedby="widget-hint"
        @change=${(event: Event) =>
          update((draft) => {
            draft.widget = (event.target as HTMLSelectElement).value;
          })}
      >
        ${data.elements.map(
          (each) =>
            html`<option value=${each.tag} ?selected=${each.tag === element.tag}>
              ${each.title} (&lt;${each.tag}&gt;)
            </option>`,
        )}
      </select>
      <p class="hint" id="widget-hint">${element.summary}</p>
    </div>
    ${element.attributes.filter((attribute) => attribute.block).map(control)}
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// Colours

const colourOf = (name: string) =>
  project.colours[name] ?? data.colours.find((token) => token.name === name)?.default ?? '#000000';

function colourField(name: string, description: string): TemplateResult {
  const id = `colour-${name.slice(2)}`;
  const changed = project.colours[name] !== undefined;
  const set = (text: string) => {
    const hex = normalizeHex(text);
    if (hex) update((draft) => void (draft.colours[name] = hex));
  };
  return html`<li class="colour">
    <input
      type="color"
      id=${id}
      aria-describedby="${id}-hint"
      .value=${live(colourOf(name))}
      @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
    />
    <label for=${id}><code>${name}</code></label>
    <input
      type="text"
      class="hex"
      aria-label="${name}, as a hex code"
      spellcheck="false"
      .value=${live(colourOf(name))}
      @change=${(event: Event) => set((event.target as HTMLInputElement).value)}
    />
    ${
      changed
        ? html`<button
            type="button"
            class="small"
            aria-label="Reset ${name}"
            @click=${() => update((draft) => void delete draft.colours[name])}
          >
            Reset
          </button>`
        : nothing
    }
    <p class="hint" id="${id}-hint">${description}</p>
  </li>`;
}

function coloursSection(): TemplateResult {
  const checks = contrastChecks(colourOf);
  const failing = checks.filter((check) => !check.ok);
  const row = (scheme: 'light' | 'dark') =>
    data.colours
      .filter((token) => token.scheme === scheme)
      .map((t) => colourField(t.name, t.description));
  return html`<section aria-labelledby="colours-heading">
    <h2 id="colours-heading">Brand colours</h2>
    <p class="note">
      Light colours are used on light pages and in the light scheme, dark ones in the dark scheme
      (the <strong>Theme</strong> option above, or the visitor's setting).
    </p>
    <ul class="colours">
      ${row('light')}
    </ul>
    <details>
      <summary>Dark scheme colours</summary>
      <ul class="colours">
        ${row('dark')}
      </ul>
    </details>
    <h3>Contrast</h3>
    ${
      failing.length === 0
        ? html`<p class="ok" id="contrast-status">
            All text meets WCAG AA contrast (4.5:1; 3:1 for the focus ring).
          </p>`
        : html`<div class="warning" id="contrast-status">
            <p>
              <strong
                >${failing.length === 1 ? '1 pair is' : `${failing.length} pairs are`} too hard to
                read.</strong
              >
              People with low vision may not be able to read them. Choose darker or lighter colours.
            </p>
            <ul>
              ${failing.map(
                (check) =>
                  html`<li>
                    ${check.what} (${check.scheme}): ${check.ratio.toFixed(2)}:1, needs
                    ${check.min}:1 (<code>${check.text}</code> on <code>${check.on}</code>)
                  </li>`,
              )}
            </ul>
          </div>`
    }
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// Language, preview and wording

function languageSection(): TemplateResult {
  const locales = projectLocales(project, data);
  return html`<section aria-labelledby="language-heading">
    <h2 id="language-heading">Language and preview</h2>
    <div class="field">
      <label for="locale">Language</label>
      <select
        id="locale"
        @change=${(event: Event) =>
          update((draft) => void (draft.locale = (event.target as HTMLSelectElement).value))}
      >
        ${locales.map(
          (code) =>
            html`<option value=${code} ?selected=${code === project.locale}>
              ${languageLabel(code)}${project.languages[code] ? ' — added' : ''}
            </option>`,
        )}
      </select>
    </div>
    <div class="field switch">
      <input
        type="checkbox"
        role="switch"
        id="fix-locale"
        aria-describedby="fix-locale-hint"
        .checked=${live(project.fixLocale)}
        @change=${(event: Event) =>
          update((draft) => void (draft.fixLocale = (event.target as HTMLInputElement).checked))}
      />
      <label for="fix-locale">Always show this language on the site</label>
      <p class="hint" id="fix-locale-hint">
        Off: the widget follows the language of each page (its <code>&lt;html lang&gt;</code>).
      </p>
    </div>
    <fieldset class="field">
      <legend>Preview width</legend>
      ${(['phone', 'desktop'] as const).map(
        (each) =>
          html`<span class="radio">
            <input
              type="radio"
              name="width"
              id="width-${each}"
              .checked=${live(width === each)}
              @change=${() => {
                width = each;
                draw();
              }}
            />
            <label for="width-${each}">${each === 'phone' ? 'Phone (360 px)' : 'Desktop'}</label>
          </span>`,
      )}
    </fieldset>
  </section>`;
}

function issueText(issue: MessageIssue): string {
  switch (issue.kind) {
    case 'missing':
      return `${issue.token} is missing: the widget puts a value there. Add it back (the button below), or the widget keeps the shipped text.`;
    case 'extra':
      return `${issue.token} is not a placeholder of this text: the widget has nothing to put there. Remove it, or the widget keeps the shipped text.`;
    case 'markup':
      return `“${issue.sample}” looks like HTML. The widgets show text only, so people will see these characters as typed.`;
  }
}

function insertPlaceholder(textarea: HTMLTextAreaElement, token: string, message: CatalogMessage) {
  const { selectionStart, selectionEnd, value } = textarea;
  const next = value.slice(0, selectionStart) + token + value.slice(selectionEnd);
  setText(message.id, next);
  requestAnimationFrame(() => {
    textarea.focus();
    textarea.setSelectionRange(selectionStart + token.length, selectionStart + token.length);
  });
}

function setText(id: string, text: string): void {
  update((draft) => {
    const code = draft.locale;
    const language = draft.languages[code];
    const texts = { ...(language ? language.messages : draft.wording[code]) };
    if (text === '') delete texts[id];
    else texts[id] = text;
    if (language) language.messages = texts;
    else draft.wording[code] = texts;
  });
}

function messageField(message: CatalogMessage): TemplateResult {
  const code = project.locale;
  const added = project.languages[code];
  const value = editedTexts(project, code)[message.id] ?? '';
  const shipped = added ? message.text : (message.translations[code] ?? message.text);
  const issues = value === '' ? [] : checkMessage(value, message);
  const broken = issues.some((issue) => issue.kind !== 'markup');
  const id = `message-${message.id.replace(/\./g, '-')}`;
  const untranslated = added !== undefined && value.trim() === '';
  const direction = added ? added.dir : data.dir[code] === 'rtl' ? 'rtl' : 'ltr';
  const present = new Set(value.match(/\{\d+\}/g) ?? []);
  return html`<li
    class="message ${untranslated ? 'untranslated' : ''} ${broken ? 'broken' : ''}"
    data-id=${message.id}
  >
    <label for=${id} lang="en" dir="ltr">${message.text}</label>
    ${untranslated ? html`<span class="badge">Not translated</span>` : nothing}
    <textarea
      id=${id}
      lang=${code}
      dir=${direction}
      rows=${Math.min(6, Math.max(1, Math.ceil(shipped.length / 70)))}
      placeholder=${shipped}
      aria-describedby="${id}-note ${id}-status"
      aria-invalid=${broken ? 'true' : 'false'}
      .value=${live(value)}
      @input=${(event: InputEvent) => {
        const textarea = event.target as HTMLTextAreaElement;
        const lost = lostPlaceholders(value, textarea.value, message);
        if (
          lost.length > 0 &&
          event.inputType !== 'deleteByCut' &&
          event.inputType !== 'deleteByDrag'
        ) {
          // A placeholder is kept: put the text back as it was.
          const caret = textarea.selectionStart;
          textarea.value = value;
          textarea.setSelectionRange(Math.min(caret, value.length), Math.min(caret, value.length));
          announce(
            `${lost.join(' and ')} stays: the widget puts a value there. To move it, cut and paste it.`,
          );
          return;
        }
        setText(message.id, textarea.value);
      }}
    ></textarea>
    ${
      message.placeholders.length > 0
        ? html`<p class="chips">
            <span>Placeholders:</span>
            ${message.placeholders.map(({ token }) =>
              present.has(token) || value === ''
                ? html`<span class="chip">${token}</span>`
                : html`<button
                    type="button"
                    class="chip missing"
                    @click=${(event: Event) =>
                      insertPlaceholder(
                        (event.target as HTMLElement)
                          .closest('li')
                          ?.querySelector('textarea') as HTMLTextAreaElement,
                        token,
                        message,
                      )}
                  >
                    Insert ${token}
                  </button>`,
            )}
          </p>`
        : nothing
    }
    <p class="hint" id="${id}-note">${message.desc} <span class="id">(${message.id})</span></p>
    <div id="${id}-status" class="status-line">
      ${issues.map(
        (issue) =>
          html`<p class=${issue.kind === 'markup' ? 'warning' : 'error'}>${issueText(issue)}</p>`,
      )}
      ${
        value === ''
          ? html`<p class="note">
              ${
                added
                  ? 'Empty: the widget shows the English text.'
                  : code === data.source
                    ? 'Empty: the widget shows its own text.'
                    : 'Empty: the widget shows the shipped translation.'
              }
              ${
                added
                  ? nothing
                  : html`<button
                      type="button"
                      class="small"
                      @click=${() => setText(message.id, shipped)}
                    >
                      Start from it
                    </button>`
              }
            </p>`
          : nothing
      }
    </div>
  </li>`;
}

function wordingSection(): TemplateResult {
  const element = chosenElement(project, data);
  const code = project.locale;
  const added = project.languages[code];
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const texts = editedTexts(project, code);
  const matches = (message: CatalogMessage) => {
    const haystack =
      `${message.id} ${message.text} ${message.translations[code] ?? ''} ${texts[message.id] ?? ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
  const groups = groupMessages(data.messages, element.tag)
    .map((group) => ({ ...group, messages: group.messages.filter(matches) }))
    .filter((group) => group.messages.length > 0);
  const mine = data.messages.filter((message) => message.element === element.tag);
  const count = added ? progress(added, mine) : undefined;
  const all = added ? progress(added, data.messages) : undefined;
  return html`<section aria-labelledby="wording-heading">
    <h2 id="wording-heading">Wording: ${languageLabel(code)}</h2>
    <p class="note">
      Every text the ${element.title.toLowerCase().replace('botox ', '')} can show, grouped by where
      it appears. The label is the English text. Leave a field empty to keep the
      ${added ? 'English' : 'shipped'} text.
    </p>
    ${
      count && all
        ? html`<p class="progress" id="progress">
            <strong>${count.translated} of ${count.total}</strong> texts of this widget translated
            (${all.translated} of ${all.total} for all widgets).
            <progress
              max=${count.total}
              .value=${count.translated}
              aria-labelledby="progress"
            ></progress>
          </p>`
        : nothing
    }
    <div class="field">
      <label for="filter">Find a text</label>
      <input
        type="search"
        id="filter"
        .value=${live(filter)}
        @input=${(event: Event) => {
          filter = (event.target as HTMLInputElement).value;
          draw();
        }}
      />
    </div>
    ${groups.length === 0 ? html`<p class="note">No text matches “${filter}”.</p>` : nothing}
    ${groups.map(
      (group) =>
        html`<details class="group" open>
          <summary>
            <h3>${group.title} <span class="count">(${group.messages.length})</span></h3>
          </summary>
          <ul class="messages">
            ${group.messages.map(messageField)}
          </ul>
        </details>`,
    )}
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// Languages and files

function addLanguage(): void {
  const check = checkLanguageTag(newCode, data.locales, Object.keys(project.languages));
  if (!check.ok) {
    languageError = {
      empty: 'Enter a language code, such as vi, pt-PT or fa.',
      invalid: `“${newCode}” is not a language code (BCP 47). Use a code such as vi, pt-PT, fa or sr-Latn.`,
      shipped: `${languageLabel(check.code ?? '')} comes with the widgets: choose it under Language and change its wording.`,
      added: `${languageLabel(check.code ?? '')} is added already.`,
    }[check.reason];
    draw();
    announce(languageError);
    return;
  }
  languageError = '';
  const code = check.code;
  update((draft) => {
    draft.languages[code] = { dir: newDir, from: newFrom, messages: startingTexts(newFrom, data) };
    draft.locale = code;
  });
  newCode = '';
  announce(`Added ${languageLabel(code)}. Its texts are below.`);
}

function languagesSection(): TemplateResult {
  const codes = Object.keys(project.languages);
  return html`<section aria-labelledby="add-heading">
    <h2 id="add-heading">Add a language</h2>
    <form
      class="add-language"
      @submit=${(event: Event) => {
        event.preventDefault();
        addLanguage();
      }}
    >
      <div class="field">
        <label for="new-code">Language code</label>
        <input
          id="new-code"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="new-code-hint${languageError ? ' new-code-error' : ''}"
          aria-invalid=${languageError ? 'true' : 'false'}
          .value=${live(newCode)}
          @input=${(event: Event) => {
            newCode = (event.target as HTMLInputElement).value;
            const check = checkLanguageTag(newCode, data.locales, codes);
            if (check.ok) newDir = directionOf(check.code);
            draw();
          }}
        />
        <p class="hint" id="new-code-hint">
          A BCP 47 code: vi (Vietnamese), pt-PT (Portuguese, Portugal), fa (Persian), ko (Korean).
        </p>
        ${languageError ? html`<p class="error" id="new-code-error">${languageError}</p>` : nothing}
      </div>
      <div class="field">
        <label for="new-dir">Direction</label>
        <select
          id="new-dir"
          @change=${(event: Event) => {
            newDir = (event.target as HTMLSelectElement).value === 'rtl' ? 'rtl' : 'ltr';
          }}
        >
          <option value="ltr" ?selected=${newDir === 'ltr'}>Left to right</option>
          <option value="rtl" ?selected=${newDir === 'rtl'}>Right to left</option>
        </select>
      </div>
      <div class="field">
        <label for="new-from">Start from</label>
        <select
          id="new-from"
          @change=${(event: Event) => {
            newFrom = (event.target as HTMLSelectElement).value;
          }}
        >
          ${data.locales.map(
            (code) =>
              html`<option value=${code} ?selected=${code === newFrom}>
                ${code === data.source ? 'English (fields start empty)' : `${languageLabel(code)} (a copy to adapt)`}
              </option>`,
          )}
        </select>
      </div>
      <button type="submit">Add language</button>
    </form>
    ${
      codes.length > 0
        ? html`<h3>Added languages</h3>
            <ul class="added">
              ${codes.map((code) => {
                const { translated, total } = progress(project.languages[code]!, data.messages);
                return html`<li>
                  ${languageLabel(code)},
                  ${project.languages[code]!.dir === 'rtl' ? 'right to left' : 'left to right'}:
                  ${translated} of ${total} translated
                  <button
                    type="button"
                    class="small"
                    aria-label="Remove ${languageLabel(code)}"
                    @click=${() => {
                      if (!confirm(`Remove ${languageLabel(code)} and its texts?`)) return;
                      update((draft) => {
                        delete draft.languages[code];
                        if (draft.locale === code) draft.locale = data.source;
                      });
                      announce(`Removed ${languageLabel(code)}.`);
                    }}
                  >
                    Remove
                  </button>
                </li>`;
              })}
            </ul>`
        : nothing
    }
  </section>`;
}

/** Every text of the current language, for a file: the clinic's where usable, else shipped. */
function fullTexts(code: string): Record<string, string> {
  const added = project.languages[code];
  const texts = editedTexts(project, code);
  if (added) return Object.fromEntries(Object.entries(texts).filter(([, text]) => text !== ''));
  return Object.fromEntries(
    data.messages.map((message) => [
      message.id,
      texts[message.id] || (message.translations[code] ?? message.text),
    ]),
  );
}

function filesSection(): TemplateResult {
  const code = project.locale;
  const added = project.languages[code] !== undefined;
  const { changed } = appliedWording(project, data);
  const changes = added
    ? (appliedWording(project, data).added[code]?.messages ?? {})
    : (changed[code] ?? {});
  return html`<section aria-labelledby="files-heading">
    <h2 id="files-heading">Import and export wording</h2>
    <p class="note">
      For ${languageLabel(code)}. JSON is what <code>setMessages</code>,
      <code>registerLocale</code> and the page's data block take; XLIFF 1.2 is what translation
      tools and this project's <code>xliff/</code> files use.
    </p>
    <div class="buttons">
      <button
        type="button"
        id="export-json"
        @click=${() =>
          download(`botox-widgets-${code}.json`, writeWordingJson(changes), 'application/json')}
      >
        Export JSON (${Object.keys(changes).length} ${added ? 'texts' : 'changed texts'})
      </button>
      <button
        type="button"
        id="export-xliff"
        @click=${() =>
          download(`${code}.xlf`, writeXliff(code, fullTexts(code), data), 'application/xml')}
      >
        Export XLIFF (every text)
      </button>
      <label class="button" for="import-file">Import JSON or XLIFF…</label>
      <input
        type="file"
        id="import-file"
        class="visually-hidden"
        accept=".json,.xlf,.xliff,application/json,application/xml"
        @change=${onImport}
      />
    </div>
    ${
      importResult
        ? html`<p class=${importResult.ok ? 'ok' : 'error'} id="import-result">
            ${importResult.text}
          </p>`
        : nothing
    }
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// Embed code

function codeBox(id: string, label: string, code: string, hint?: TemplateResult): TemplateResult {
  return html`<div class="code">
    <div class="code-head">
      <label for=${id}>${label}</label>
      <button type="button" class="small" @click=${() => copy(code, label)}>Copy</button>
    </div>
    ${hint ?? nothing}
    <textarea
      id=${id}
      readonly
      spellcheck="false"
      rows=${Math.min(14, code.split('\n').length + 1)}
      .value=${live(code)}
    ></textarea>
  </div>`;
}

function embedSection(): TemplateResult {
  const url = scriptUrl();
  const code = embedCode(project, data, url);
  const wordpress = wordpressCode(project, data);
  const strict = strictPolicyCode(project, data, url);
  return html`<section aria-labelledby="embed-heading">
    <h2 id="embed-heading">Embed code</h2>
    <div class="field">
      <label for="script-url">Where your site loads the widgets from</label>
      <input
        type="url"
        id="script-url"
        aria-describedby="script-url-hint"
        placeholder=${OWN_SCRIPT}
        .value=${live(project.scriptUrl)}
        @change=${(event: Event) =>
          update(
            (draft) => void (draft.scriptUrl = (event.target as HTMLInputElement).value.trim()),
          )}
      />
      <p class="hint" id="script-url-hint">
        The address of <code>botox-widgets.js</code> on your site or CDN. Empty: the copy this
        studio uses.
      </p>
    </div>
    ${codeBox(
      'embed-code',
      'Embed code',
      code,
      html`<p class="hint">Paste it into your page's HTML where the widget should appear.</p>`,
    )}
    <div class="buttons">
      <button
        type="button"
        id="download-test-page"
        @click=${() =>
          download(`${project.widget}-test-page.html`, testPage(project, data, url), 'text/html')}
      >
        Download test page
      </button>
    </div>
    <details>
      <summary><h3>WordPress (the Botox widgets plugin)</h3></summary>
      ${codeBox(
        'wordpress-shortcode',
        'Shortcode',
        wordpress.shortcode,
        html`<p class="hint">Or add the block and set the same options in its sidebar.</p>`,
      )}
      ${
        wordpress.notInShortcode.length > 0
          ? html`<p class="warning">
              ${wordpress.notInShortcode.join(', ')} cannot go in a shortcode (it has a quote or a
              bracket): set it in the block's sidebar.
            </p>`
          : nothing
      }
      ${
        wordpress.css
          ? codeBox(
              'wordpress-css',
              'Colours: Appearance → Customize → Additional CSS',
              wordpress.css,
            )
          : nothing
      }
      ${wordpress.files.map(
        (file) =>
          html`<p>
            <button
              type="button"
              @click=${() => download(file.name, file.contents, 'application/json')}
            >
              Download ${file.name}
            </button>
            Upload it in Settings → Botox widgets → Languages, as ${file.code},
            ${file.dir === 'rtl' ? 'right to left' : 'left to right'}.
          </p>`,
      )}
      ${
        wordpress.wording.length > 0
          ? html`<p>Change these texts in Settings → Botox widgets → Wording:</p>
              <ul class="wp-wording">
                ${wordpress.wording.map(
                  (entry) =>
                    html`<li>
                      ${languageLabel(entry.code)}, <code>${entry.id}</code>: <q>${entry.text}</q>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        project.fixLocale
          ? html`<p>Settings → Botox widgets → Language: ${languageLabel(project.locale)}.</p>`
          : nothing
      }
    </details>
    <details>
      <summary><h3>A page that forbids inline JSON or styles</h3></summary>
      <p class="note">
        For a strict Content-Security-Policy: host the file below on your site as
        <code>/${strict.file}</code>, then paste the line and the element.
      </p>
      ${codeBox('strict-file', strict.file, strict.contents)}
      <div class="buttons">
        <button
          type="button"
          @click=${() => download(strict.file, strict.contents, 'text/javascript')}
        >
          Download ${strict.file}
        </button>
      </div>
      ${codeBox('strict-markup', 'The line and the element', strict.markup)}
    </details>
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// The page

function projectBar(): TemplateResult {
  return html`<div class="project-bar">
    <button
      type="button"
      @click=${() => {
        if (!confirm('Start a new project? Your current work in this browser is replaced.')) return;
        project = newProject(data);
        update(() => {});
        announce('Started a new project.');
      }}
    >
      New project
    </button>
    <label class="button" for="open-project">Open project…</label>
    <input
      type="file"
      id="open-project"
      class="visually-hidden"
      accept=".json,application/json"
      @change=${onOpenProject}
    />
    <button
      type="button"
      id="save-project"
      @click=${() =>
        download(
          'botox-widgets-studio-project.json',
          `${JSON.stringify(project, null, 2)}\n`,
          'application/json',
        )}
    >
      Save project
    </button>
    <span class="note"
      >${saved ? 'Your work is kept in this browser.' : 'This browser does not keep your work: save the project to a file.'}</span
    >
  </div>`;
}

function draw(): void {
  frame.classList.toggle('phone', width === 'phone');
  frame.dataset.width = width;
  render(
    html`${projectBar()} ${optionsSection()} ${coloursSection()} ${languageSection()}
      ${wordingSection()} ${languagesSection()} ${filesSection()} ${embedSection()}
      <p class="visually-hidden" role="status" id="announcer">${announcement}</p>`,
    app,
  );
}

draw();
frame.src = new URL('./preview.html', document.baseURI).href;
