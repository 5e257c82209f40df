import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../localization/locale.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { HeadingController } from '../../controllers/heading.js';
import { themeStyles, darkThemeStyles } from '../../internal/theme.styles.js';
import {
  calendarIcon,
  infoIcon,
  sunIcon,
  targetIcon,
  trendDownIcon,
} from '../../internal/icons.js';
import {
  BENEFIT_KEYS,
  BENEFIT_LAYOUTS,
  resolveBenefitKeys,
  resolveLayout,
  type BenefitKey,
  type BenefitsLayout,
  type HeadingLevel,
} from '../../logic/benefits.js';
import { benefitsListStyles } from './benefits-list.styles.js';

interface BenefitText {
  title: string;
  body: string;
}

/** The translated words for each built-in benefit. Called in render, so it follows the language. */
function benefitText(key: BenefitKey): BenefitText {
  switch (key) {
    case 'relief':
      return {
        title: msg('Fewer, milder migraines', {
          id: 'benefits.relief.title',
          desc: 'Title of the benefit: Botox can reduce how often migraines happen and how bad they are (not for everyone: the body says so).',
        }),
        body: msg(
          'For many adults with chronic migraine, Botox can mean fewer headache days each month. The migraines that still come may be less severe. It does not work for everyone.',
          {
            id: 'benefits.relief.body',
            desc: 'Body of the "fewer, milder migraines" benefit. Keep "can mean" and "may" (never a promise) and the plain sentence that it does not work for everyone. Plain language, grade 6–8 reading level.',
          },
        ),
      };
    case 'side-effects':
      return {
        title: msg('Fewer whole-body side effects', {
          id: 'benefits.side-effects.title',
          desc: 'Title of the benefit: compared with daily preventive pills, fewer side effects in the whole body.',
        }),
        body: msg(
          'The medicine is injected into certain muscles of the head and neck. It is not a pill you swallow every day, so it tends to cause fewer whole-body side effects than daily preventive pills.',
          {
            id: 'benefits.side-effects.body',
            desc: 'Body of the "fewer whole-body side effects" benefit. Must not say "no side effects".',
          },
        ),
      };
    case 'not-a-pill':
      return {
        title: msg('Not a daily pill', {
          id: 'benefits.not-a-pill.title',
          desc: 'Title of the benefit: Botox is an option that is not a pill taken every day.',
        }),
        body: msg(
          'If migraine medicines did not help you, or their side effects were too hard to live with, this is another choice. Botox is a prescription medicine, given as small injections at the clinic about every 12 weeks.',
          {
            id: 'benefits.not-a-pill.body',
            desc: 'Body of the "not a daily pill" benefit. Botox IS a prescription medicine: never call it drug-free.',
          },
        ),
      };
    case 'daily-life':
      return {
        title: msg('More good days', {
          id: 'benefits.daily-life.title',
          desc: 'Title of the benefit: better daily functioning with fewer migraine days.',
        }),
        body: msg(
          'If Botox helps you, fewer and milder migraine days can make it easier to work and care for your family. You may enjoy the things you like more.',
          {
            id: 'benefits.daily-life.body',
            desc: 'Body of the "more good days" benefit (better daily functioning). Conditional ("if Botox helps you"): never a promise.',
          },
        ),
      };
  }
}

const ICONS = {
  relief: trendDownIcon,
  'side-effects': targetIcon,
  'not-a-pill': calendarIcon,
  'daily-life': sunIcon,
} satisfies Record<BenefitKey, unknown>;

/**
 * The benefits of Botox for chronic migraine, in plain words. A clinic chooses which benefits to
 * show and in which order, gives its own heading, and may add its own items.
 *
 * @customElement benefits-list
 * @summary The benefits of Botox for chronic migraine, accurately worded and configurable.
 *
 * @slot - Extra items from the clinic: `<li>` elements, shown after the built-in benefits in the
 *   same style.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading.
 * @csspart list - The list of benefits (`<ul>`).
 * @csspart item - Each built-in benefit (`<li>`).
 * @csspart icon - The round icon of each benefit.
 * @csspart title - The short title of each benefit (the `<summary>` when `expandable`).
 * @csspart body - The explanation of each benefit.
 * @csspart safety-note - The short safety note below the list.
 *
 * @cssprop [--bmw-accent=#0b6b63] - Accent colour (icons, links) in the light scheme.
 * @cssprop [--bmw-accent-soft=#e0f2ef] - Background of the icons in the light scheme.
 * @cssprop [--bmw-text=#1f2933] - Text colour in the light scheme.
 * @cssprop [--bmw-text-muted=#4a5866] - Secondary text (the safety note) in the light scheme.
 * @cssprop [--bmw-surface=#ffffff] - Background of the widget in the light scheme.
 * @cssprop [--bmw-surface-raised=#f3f6f8] - Background of each item in the light scheme.
 * @cssprop [--bmw-border=#c3ccd5] - Border colour of each item in the light scheme.
 * @cssprop [--bmw-focus=#1a56db] - Focus ring colour in the light scheme.
 * @cssprop [--bmw-dark-accent=#6ad3c6] - Accent colour in the dark scheme (likewise `--bmw-dark-text`, `--bmw-dark-text-muted`, `--bmw-dark-surface`, `--bmw-dark-surface-raised`, `--bmw-dark-border`, `--bmw-dark-accent-soft`, `--bmw-dark-focus`).
 * @cssprop [--bmw-radius=0.75rem] - Corner radius.
 * @cssprop [--bmw-gap=1rem] - Space between and inside items.
 * @cssprop [--bmw-font=inherit] - Font family (inherits the page's font by default).
 */
export class BenefitsList extends WidgetElement {
  static override styles = [themeStyles, darkThemeStyles, benefitsListStyles];

  /** @internal */
  static override messageGroups = ['benefits'];

  static override get properties() {
    return {
      items: { converter: { fromAttribute: (value: string | null) => value } },
      layout: {},
      heading: {},
      headingLevel: { attribute: 'heading-level' },
      hideSafetyNote: { type: Boolean, attribute: 'hide-safety-note' },
      expandable: { type: Boolean },
    };
  }

  /**
   * Which built-in benefits to show, and in which order: a comma-separated list of
   * `relief`, `side-effects`, `not-a-pill`, `daily-life` (or an array of them as a property).
   * Not set: all four. Empty: none (only the clinic's own slotted items). Unknown keys are ignored
   * with one warning; if no key is known, all four are shown.
   */
  items: readonly BenefitKey[] | string | null | undefined;

  /** `list` (one column, the default) or `grid` (cards that wrap). Any other value gives `list`. */
  layout: BenefitsLayout = 'list';

  /** The clinic's own heading, shown as plain text. Not set: a translated default. Empty (or only spaces): no heading. */
  heading?: string;

  /** The heading's level, 2 to 6 (default 2), to fit the page's outline. Any other value gives 2 and a warning. */
  headingLevel: HeadingLevel | number | string = 2;

  /** Hides the short safety note below the list (shown by default). Hide it only when the page gives the same safety information next to the list. */
  hideSafetyNote = false;

  /** Shows only the titles; each explanation opens in a native disclosure (`<details>`). */
  expandable = false;

  private keys: BenefitKey[] = [...BENEFIT_KEYS];
  private resolvedLayout: BenefitsLayout = 'list';
  private readonly headings = new HeadingController(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('items')) {
      const selection = resolveBenefitKeys(this.items);
      this.keys = selection.keys;
      if (selection.unknown.length > 0 || selection.fellBack) {
        this.warn('items', this.items, selection.keys, BENEFIT_KEYS);
      }
    }
    if (changed.has('layout')) {
      const layout = resolveLayout(this.layout);
      this.resolvedLayout = layout.value;
      if (!layout.valid) this.warn('layout', this.layout, layout.value, BENEFIT_LAYOUTS);
    }
  }

  override render(): TemplateResult {
    const title = this.headings.title(
      msg('Benefits of Botox for migraines', {
        id: 'benefits.heading',
        desc: 'Default heading of the benefits list. Botox is a brand name: keep it.',
      }),
    );
    return html`
      <div part="base" dir=${ifDefined(this.contentDir)} class="base layout-${this.resolvedLayout}">
        ${this.headings.render(title)}
        <ul part="list" class="list" role="list">
          ${this.keys.map((key) => this.renderItem(key))}
          <slot></slot>
        </ul>
        ${
          this.hideSafetyNote
            ? nothing
            : html`<p part="safety-note" class="note">
                ${infoIcon}
                <span
                  >${msg(
                    'Botox is a prescription medicine for adults. Like any medicine, it can have side effects. In studies, the most common side effect was neck pain. Rarely, the effect can spread and cause trouble swallowing or breathing, hours to weeks later. If that happens, get medical help right away. Your clinic will talk through the risks with you.',
                    {
                      id: 'benefits.safety-note',
                      desc: 'Short, neutral safety note under the benefits: a prescription medicine for adults (18+), its most common side effect, the rare spread of the effect. Keep it calm and factual.',
                    },
                  )}</span
                >
              </p>`
        }
      </div>
    `;
  }

  private renderItem(key: BenefitKey): TemplateResult {
    const { title, body } = benefitText(key);
    const bodyPart = html`<p part="body" class="body">${body}</p>`;
    return html`<li part="item" class="item">
      <span part="icon" class="icon">${ICONS[key]}</span>
      ${
        this.expandable
          ? html`<details class="text">
              <summary part="title" class="title">${title}</summary>
              ${bodyPart}
            </details>`
          : html`<div class="text">
              <p part="title" class="title">${title}</p>
              ${bodyPart}
            </div>`
      }
    </li>`;
  }
}
