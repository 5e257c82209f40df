/**
 * The built clinic studio (`dist/studio/index.html`, from `npm run build`), used as a clinic
 * would: choose a widget, change its options, colours and wording, add a language, import and
 * export files; and its embed code pasted into a blank page with the built bundle.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { waitUntil } from './helpers.js';

const STORAGE_KEY = 'botox-widgets-studio';
/** The preview frame's page styles (src/studio/preview.html), for the blank page. */
const PAGE_STYLE = 'body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; }';

interface Studio {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  /** The preview's widget. */
  widget: () => HTMLElement;
  preview: () => HTMLIFrameElement;
  /** Resolves once the preview applied the latest change. */
  settled: () => Promise<void>;
  $: <T extends Element = HTMLElement>(selector: string) => T;
}

const opened: HTMLIFrameElement[] = [];

async function openStudio(width = 1280, { keep = false } = {}): Promise<Studio> {
  if (!keep) localStorage.removeItem(STORAGE_KEY);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 2000px; border: 0; display: block;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const response = await fetch('/dist/studio/index.html');
  if (!response.ok) throw new Error('dist/studio/index.html is missing: run `npm run build` first');
  frame.src = '/dist/studio/index.html';
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  const preview = () => doc.querySelector<HTMLIFrameElement>('#preview')!;
  const widget = () => preview().contentDocument?.querySelector('main > *') as HTMLElement;
  await waitUntil(
    () => Boolean(preview().dataset.applied && widget()?.shadowRoot?.textContent?.trim()),
    'the preview shows a widget',
    8000,
  );
  const studio: Studio = {
    frame,
    doc,
    win,
    widget,
    preview,
    $: <T extends Element = HTMLElement>(selector: string) => {
      const found = doc.querySelector<T>(selector);
      if (!found) throw new Error(`no ${selector} in the studio`);
      return found;
    },
    async settled() {
      const before = preview().dataset.applied;
      await waitUntil(() => preview().dataset.applied !== before, 'the preview applied it', 8000);
      // The widget's own update (a language may load).
      await new Promise((resolve) => setTimeout(resolve, 150));
      await (widget() as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    },
  };
  return studio;
}

afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
  localStorage.removeItem(STORAGE_KEY);
});

/** Sets a control's value as typing or choosing would, and waits for the preview. */
async function change(
  studio: Studio,
  selector: string,
  value: string | boolean,
  event: 'input' | 'change' = 'change',
): Promise<void> {
  const control = studio.$<HTMLInputElement>(selector);
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  const settled = studio.settled();
  control.dispatchEvent(
    event === 'input'
      ? new InputEvent('input', { bubbles: true, inputType: 'insertText', data: String(value) })
      : new Event('change', { bubbles: true }),
  );
  await settled;
}

const textarea = (studio: Studio, id: string) =>
  studio.$<HTMLTextAreaElement>(`#message-${id.replace(/\./g, '-')}`);

async function typeMessage(studio: Studio, id: string, text: string): Promise<void> {
  await change(studio, `#message-${id.replace(/\./g, '-')}`, text, 'input');
}

const shadowText = (element: Element) =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Attributes as a map, the style attribute as its declarations. */
function attributesOf(element: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of element.getAttributeNames()) {
    if (name === 'style') continue;
    out[name] = element.getAttribute(name) ?? '';
  }
  const style = (element as HTMLElement).style;
  for (let index = 0; index < style.length; index++) {
    const property = style.item(index);
    out[`style ${property}`] = style.getPropertyValue(property).trim();
  }
  return out;
}

/** The embed code pasted into a blank page (with the preview's page style) of the same width. */
async function pasteIntoBlankPage(
  code: string,
  like: Element,
  width: number,
): Promise<HTMLElement> {
  // At the same fraction of a pixel as `like` (16 px of page padding before the widget), 3000 px
  // lower, so both render alike.
  const { x, y } = pageRect(like);
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: absolute; left: ${x - 16}px; top: ${y - 16 + 3000}px; width: ${width}px; height: 1400px; border: 0;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${PAGE_STYLE}</style></head><body>${code}</body></html>`;
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  const element = () => frame.contentDocument!.querySelector('body > :not(script)') as HTMLElement;
  await waitUntil(() => Boolean(shadowText(element() ?? document.body)), 'the pasted widget', 8000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return element();
}

/** An element's box in this page's coordinates, through (nested) frames. */
function pageRect(element: Element): DOMRect {
  const { width, height } = element.getBoundingClientRect();
  let { x, y } = element.getBoundingClientRect();
  for (
    let view: Window | null = element.ownerDocument.defaultView;
    view && view !== window;
    view = view.parent
  ) {
    const frame = view.frameElement!.getBoundingClientRect();
    const border = view.frameElement!;
    x += frame.x + border.clientLeft;
    y += frame.y + border.clientTop;
  }
  return new DOMRect(x + scrollX, y + scrollY, width, height);
}

/** A PNG of the top of an element (at most 640 px: what both frames show in full). */
async function screenshot(element: Element): Promise<string> {
  const { x, y, width, height } = pageRect(element);
  const clip = {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(Math.min(height, 640)),
  };
  return (await executeServerCommand('screenshot-area', clip)) as string;
}

/** How many pixels differ between two PNGs of the same size, of how many. */
async function differingPixels(
  one: string,
  other: string,
): Promise<{ count: number; total: number }> {
  const pixels = async (png: string) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return {
      width: image.width,
      height: image.height,
      data: context.getImageData(0, 0, image.width, image.height).data,
    };
  };
  const [a, b] = await Promise.all([pixels(one), pixels(other)]);
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`the screenshots are ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let count = 0;
  for (let index = 0; index < a.data.length; index += 4)
    if ([0, 1, 2].some((channel) => a.data[index + channel] !== b.data[index + channel])) count++;
  return { count, total: a.width * a.height };
}

/** Captures what the studio downloads: file name → contents. */
function captureDownloads(studio: Studio): Map<string, Promise<string>> {
  const files = new Map<string, Promise<string>>();
  const original = studio.win.URL.createObjectURL.bind(studio.win.URL);
  const blobs = new Map<string, Blob>();
  studio.win.URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = original(blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  studio.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.set(this.download, blob.text());
  };
  return files;
}

/** Chooses a file in a file input, as a clinic would. */
async function chooseFile(studio: Studio, selector: string, name: string, contents: string) {
  const input = studio.$<HTMLInputElement>(selector);
  const transfer = new studio.win.DataTransfer();
  transfer.items.add(new studio.win.File([contents], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const CASES = [
  {
    tag: 'botox-candidacy-check',
    option: ['#option-mode', 'form', 'change'],
    text: ['#option-clinic-name', 'Bayview <Pain> & "Headache" Clinic'],
    message: 'candidacy.heading',
  },
  {
    tag: 'treatment-timeline',
    option: ['#option-sessions', '6', 'input'],
    text: ['#option-clinic-name', 'Bayview Pain Clinic'],
    message: 'timeline.heading',
  },
  {
    tag: 'benefits-list',
    option: ['#option-layout', 'grid', 'change'],
    text: ['#option-heading', 'Why our patients choose it'],
    message: 'benefits.safety-note',
  },
] as const;

describe('clinic studio (dist/studio)', function () {
  this.timeout(60000);

  before(async () => {
    await setViewport({ width: 1320, height: 3000 });
  });

  for (const { tag, option, text, message } of CASES) {
    it(`<${tag}>: the embed code pasted into a blank page renders the preview’s widget`, async () => {
      const studio = await openStudio();
      await change(studio, '#widget', tag);
      expect(studio.widget().localName).to.equal(tag);
      await change(studio, option[0], option[1], option[2]);
      await change(studio, text[0], text[1], 'input');
      await change(studio, '#colour-bmw-accent', '#7a1f5c', 'input');
      const wording = `Our clinic’s own words <img src=x onerror="window.hacked=1"> for ${tag}`;
      await typeMessage(studio, message, wording);

      // The preview shows them.
      const preview = studio.widget();
      expect(preview.getAttribute(option[0].slice('#option-'.length))).to.equal(option[1]);
      expect(preview.style.getPropertyValue('--bmw-accent').trim()).to.equal('#7a1f5c');
      expect(shadowText(preview)).to.contain(wording);
      expect(preview.shadowRoot!.querySelector('img')).to.equal(null);

      // The embed code, pasted.
      const code = studio.$<HTMLTextAreaElement>('#embed-code').value;
      expect(code).to.contain(`<${tag}`);
      const pasted = await pasteIntoBlankPage(code, preview, studio.preview().clientWidth);
      expect(pasted.localName).to.equal(tag);
      expect(attributesOf(pasted)).to.deep.equal(attributesOf(preview));
      expect(shadowText(pasted)).to.equal(shadowText(preview));
      expect(pasted.shadowRoot!.querySelector('img')).to.equal(null);
      expect((pasted.ownerDocument.defaultView as unknown as { hacked?: number }).hacked).to.equal(
        undefined,
      );

      // And looks the same.
      const [one, other] = [await screenshot(preview), await screenshot(pasted)];
      // Nested frames composite a few edge pixels differently: at most 0.2 % may differ (a
      // changed word, colour or layout changes thousands).
      const { count, total } = await differingPixels(one, other);
      expect(count, `${count} of ${total} pixels differ`).to.be.at.most(total * 0.002);
    });
  }

  it('shows the preview in an added or shipped language, right to left in Arabic', async () => {
    const studio = await openStudio();
    await change(studio, '#locale', 'ar');
    const base = studio.widget().shadowRoot!.querySelector('[part="base"]')!;
    expect(studio.win.getComputedStyle(base).direction).to.equal('rtl');
    expect(shadowText(studio.widget())).to.match(/[\u0600-\u06ff]/);
    studio.$<HTMLInputElement>('#width-phone').click();
    await waitUntil(() => studio.preview().clientWidth <= 362, 'the phone width');
    expect(studio.preview().clientWidth).to.be.at.least(300);
  });

  it('adds a language, and its JSON and XLIFF exports import back to the same wording', async () => {
    let studio = await openStudio();
    studio.$<HTMLInputElement>('#new-code').value = 'pt_pt';
    studio.$('#new-code').dispatchEvent(new Event('input', { bubbles: true }));
    studio.$<HTMLSelectElement>('#new-from').value = 'pt-BR';
    studio.$('#new-from').dispatchEvent(new Event('change', { bubbles: true }));
    const added = studio.settled();
    studio.$<HTMLButtonElement>('form.add-language button[type=submit]').click();
    await added;
    expect(studio.$<HTMLSelectElement>('#locale').value).to.equal('pt-PT');
    // Started from Brazilian Portuguese: every text is there to adapt.
    const heading = textarea(studio, 'candidacy.heading');
    expect(heading.value).to.have.length.greaterThan(3);
    expect(heading.lang).to.equal('pt-PT');
    await typeMessage(studio, 'candidacy.heading', 'Será o Botox indicado para mim?');
    await typeMessage(studio, 'candidacy.back', '');
    expect(studio.$('#progress').textContent).to.match(/\d+ of \d+/);
    expect(
      textarea(studio, 'candidacy.back').closest('li')!.classList.contains('untranslated'),
    ).to.equal(true);
    expect(shadowText(studio.widget())).to.contain('Será o Botox indicado para mim?');

    const files = captureDownloads(studio);
    studio.$<HTMLButtonElement>('#export-json').click();
    studio.$<HTMLButtonElement>('#export-xliff').click();
    const json = await files.get('botox-widgets-pt-PT.json')!;
    const xliff = await files.get('pt-PT.xlf')!;
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!).languages['pt-PT'].messages;
    const expected = Object.fromEntries(Object.entries(saved).filter(([, text]) => text !== ''));
    expect(JSON.parse(json)).to.deep.equal(expected);
    expect(xliff).to.contain('target-language="pt-PT"');

    for (const [name, contents] of [
      ['pt-PT.json', json],
      ['pt-PT.xlf', xliff],
    ] as const) {
      for (const frame of opened.splice(0)) frame.remove();
      studio = await openStudio();
      // The same language, added empty (from English), then the file imported.
      studio.$<HTMLInputElement>('#new-code').value = 'pt-PT';
      studio.$('#new-code').dispatchEvent(new Event('input', { bubbles: true }));
      const ready = studio.settled();
      studio.$<HTMLButtonElement>('form.add-language button[type=submit]').click();
      await ready;
      expect(textarea(studio, 'candidacy.heading').value).to.equal('');
      await chooseFile(studio, '#import-file', name, contents);
      expect(studio.$('#import-result').className).to.equal('ok');
      const imported = JSON.parse(localStorage.getItem(STORAGE_KEY)!).languages['pt-PT'].messages;
      expect(imported, name).to.deep.equal(expected);
    }
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const studio = await openStudio();
    // A language code that is not one, and a shipped one.
    for (const [typed, error] of [
      ['portuguese', /not a language code/],
      ['ES', /comes with the widgets/],
    ] as const) {
      studio.$<HTMLInputElement>('#new-code').value = typed;
      studio.$('#new-code').dispatchEvent(new Event('input', { bubbles: true }));
      studio.$<HTMLButtonElement>('form.add-language button[type=submit]').click();
      await waitUntil(() => Boolean(studio.doc.querySelector('#new-code-error')), 'the error');
      expect(studio.$('#new-code-error').textContent).to.match(error);
      expect(studio.$('#new-code').getAttribute('aria-invalid')).to.equal('true');
    }
    const before = localStorage.getItem(STORAGE_KEY);

    // Broken files: curly quotes, not JSON, not XLIFF, no known id.
    for (const [name, contents, error] of [
      ['curly.json', '{ “candidacy.heading”: “Hola” }', /curly quotes/],
      ['broken.json', '{ "candidacy.heading": ', /not valid JSON/],
      [
        'broken.xlf',
        '<xliff version="1.2"><file target-language="en"><body><trans-unit id="x">',
        /not well-formed/,
      ],
      ['other.json', '{ "title": "Hello" }', /None of its 1 ids/],
    ] as const) {
      await chooseFile(studio, '#import-file', name, contents);
      expect(studio.$('#import-result').textContent, name).to.match(error);
      expect(studio.$('#import-result').textContent).to.contain('Nothing was changed');
      expect(localStorage.getItem(STORAGE_KEY), name).to.equal(before);
    }

    // A placeholder cannot be deleted by typing: the text comes back, and the studio says why.
    const id = 'candidacy.progress';
    await typeMessage(studio, id, 'Question {0} of {1}');
    const field = textarea(studio, id);
    field.value = 'Question {0} of ';
    field.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }),
    );
    expect(field.value).to.equal('Question {0} of {1}');
    await waitUntil(() => /\{1\} stays/.test(studio.$('#announcer').textContent ?? ''), 'said why');

    // A file whose text lost a placeholder: an inline error, and the shipped text in the widget.
    await chooseFile(studio, '#import-file', 'en.json', JSON.stringify({ [id]: 'Question {0}' }));
    const item = textarea(studio, id).closest('li')!;
    expect(item.querySelector('.error')!.textContent).to.contain('{1} is missing');
    expect(textarea(studio, id).getAttribute('aria-invalid')).to.equal('true');
    expect(item.querySelector('button.chip.missing')!.textContent).to.contain('Insert {1}');
    expect(studio.$<HTMLTextAreaElement>('#embed-code').value).not.to.contain('Question {0}"');
    expect(shadowText(studio.widget())).to.match(/1\D+8/);

    // Markup: a warning, and the widget shows the characters.
    await typeMessage(studio, 'candidacy.heading', '<script>alert(1)</script><b>Bold?</b>');
    expect(
      textarea(studio, 'candidacy.heading').closest('li')!.querySelector('.warning')!.textContent,
    ).to.contain('looks like HTML');
    expect(shadowText(studio.widget())).to.contain('<script>alert(1)</script><b>Bold?</b>');
    expect(studio.widget().shadowRoot!.querySelector('b, script')).to.equal(null);
    expect(studio.$<HTMLTextAreaElement>('#embed-code').value).not.to.contain('</script><b>');

    // An option out of range: an inline error, the widget keeps its value.
    await change(studio, '#widget', 'treatment-timeline');
    const sessions = studio.$<HTMLInputElement>('#option-sessions');
    sessions.value = '40';
    sessions.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await waitUntil(() => Boolean(studio.doc.querySelector('#option-sessions-error')), 'the error');
    expect(studio.widget().hasAttribute('sessions')).to.equal(false);
  });

  it('keeps work across a reload, and checks colour contrast', async () => {
    let studio = await openStudio();
    await change(studio, '#widget', 'benefits-list');
    await change(studio, '#option-layout', 'grid');
    await change(studio, '#colour-bmw-accent', '#8fd6cc', 'input');
    expect(studio.$('#contrast-status').className).to.equal('warning');
    expect(studio.$('#contrast-status').textContent).to.match(
      /Links on the widget background \(light\): 1\.\d\d:1, needs 4\.5:1/,
    );
    for (const frame of opened.splice(0)) frame.remove();
    studio = await openStudio(1280, { keep: true });
    expect(studio.$<HTMLSelectElement>('#widget').value).to.equal('benefits-list');
    expect(studio.widget().getAttribute('layout')).to.equal('grid');
    expect(studio.$<HTMLInputElement>('#colour-bmw-accent').value).to.equal('#8fd6cc');
  });

  it('is used with the keyboard: choose a widget and switch an option', async () => {
    const studio = await openStudio();
    studio.$<HTMLSelectElement>('#widget').focus();
    let settled = studio.settled();
    await sendKeys({ press: 'ArrowDown' });
    await settled;
    expect(studio.widget().localName).to.equal('treatment-timeline');
    studio.$<HTMLInputElement>('#option-compact').focus();
    settled = studio.settled();
    await sendKeys({ press: 'Space' });
    await settled;
    expect(studio.widget().hasAttribute('compact')).to.equal(true);
    expect(studio.$<HTMLInputElement>('#option-compact').getAttribute('role')).to.equal('switch');
  });

  it('saves the project to a file and opens it again', async () => {
    let studio = await openStudio();
    await change(studio, '#widget', 'benefits-list');
    await change(studio, '#option-expandable', true);
    await typeMessage(studio, 'benefits.heading', 'Why our patients choose Botox');
    const files = captureDownloads(studio);
    studio.$<HTMLButtonElement>('#save-project').click();
    const saved = await files.get('botox-widgets-studio-project.json')!;
    expect(JSON.parse(saved).format).to.equal('botox-widgets-studio');

    for (const frame of opened.splice(0)) frame.remove();
    studio = await openStudio();
    expect(studio.widget().localName).to.equal('botox-candidacy-check');
    const opening = studio.settled();
    await chooseFile(studio, '#open-project', 'project.json', saved);
    await opening;
    expect(studio.$<HTMLSelectElement>('#widget').value).to.equal('benefits-list');
    expect(studio.widget().hasAttribute('expandable')).to.equal(true);
    expect(shadowText(studio.widget())).to.contain('Why our patients choose Botox');

    // Not a project: said, and nothing changes.
    const before = localStorage.getItem(STORAGE_KEY);
    await chooseFile(studio, '#open-project', 'notes.json', '{"hello": 1}');
    expect(studio.$('#announcer').textContent).to.contain('not a studio project file');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(before);
  });

  it('loads only its own files, fits 320 px and is axe-clean', async () => {
    const studio = await openStudio(320);
    await change(studio, '#widget', 'treatment-timeline');
    const requested = [studio.win, studio.preview().contentWindow!]
      .flatMap((view) => view.performance.getEntriesByType('resource'))
      .map((entry) => new URL(entry.name))
      .filter((url) => !url.pathname.includes('__web-dev-server'));
    expect(requested.length).to.be.greaterThan(3);
    for (const url of requested) {
      expect(url.origin, url.href).to.equal(location.origin);
      expect(url.pathname, url.href).to.match(/^\/dist\//);
    }
    expect(studio.doc.documentElement.scrollWidth).to.be.at.most(320);

    const axe = studio.doc.createElement('script');
    const loaded = new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
    axe.src = '/node_modules/axe-core/axe.min.js';
    studio.doc.head.append(axe);
    await loaded;
    const run = (
      studio.win as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run;
    await change(studio, '#locale', 'ar');
    const { violations } = await run(studio.doc, { resultTypes: ['violations'], iframes: false });
    expect(
      violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).to.deep.equal([]);
  });
});
