/**
 * The studio's preview frame (preview.html): the built widgets, configured by the studio through
 * the same public API a clinic's page uses (`setMessages`, `registerLocale`, `setLocale`,
 * attributes and CSS custom properties). Nothing leaves the page.
 */
import { clearMessages, registerLocale, setLocale, setMessages } from '../cdn.js';
import type { PreviewConfig, PreviewReport } from './preview-protocol.js';

const host = document.querySelector('main') as HTMLElement;
let element: HTMLElement | undefined;
let registered: PreviewConfig['added'] = {};
/** The attributes the studio set, so those the element reflects itself are left alone. */
let given = new Set<string>();

const report = (message: PreviewReport) => parent.postMessage(message, location.origin);
const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/** Whether `next` takes back texts or a direction that `registerLocale` already gave. */
function takesBack(next: PreviewConfig['added']): boolean {
  return Object.entries(registered).some(([code, language]) => {
    const now = next[code];
    return (
      !now ||
      now.dir !== language.dir ||
      Object.entries(language.messages).some(([id, text]) => now.messages[id] !== text)
    );
  });
}

async function apply(config: PreviewConfig): Promise<void> {
  if (takesBack(config.added)) {
    // A registered language cannot be unregistered: start the frame again (it asks for the
    // configuration once it is ready).
    location.reload();
    return;
  }
  clearMessages();
  for (const [code, texts] of Object.entries(config.changed)) setMessages(code, texts);
  for (const [code, language] of Object.entries(config.added))
    registerLocale(code, language.messages, { dir: language.dir });
  registered = structuredClone(config.added);

  if (!element || element.localName !== config.tag) {
    element?.remove();
    element = document.createElement(config.tag);
    given = new Set();
    host.append(element);
  }
  const wanted = new Map(config.attributes);
  for (const name of given) if (!wanted.has(name)) element.removeAttribute(name);
  given = new Set(wanted.keys());
  for (const [name, value] of wanted)
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  element.removeAttribute('style');
  for (const [name, value] of config.colours) element.style.setProperty(name, value);

  try {
    await setLocale(config.locale);
  } finally {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    report({ type: 'botox-studio:applied', height: height() });
  }
}

addEventListener('message', (event: MessageEvent<PreviewConfig>) => {
  if (event.origin !== location.origin || event.source !== parent) return;
  if (event.data?.type === 'botox-studio:config') void apply(event.data);
});
new ResizeObserver(() => report({ type: 'botox-studio:height', height: height() })).observe(
  document.documentElement,
);
report({ type: 'botox-studio:ready' });
