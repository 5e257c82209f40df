/**
 * Where each message appears, for the wording editor: groups named for a clinic, in the order a
 * patient meets them. A message's group comes from the second part of its id
 * (`candidacy.counter.title` → `counter`); test/studio-model.test.ts checks that every message
 * has a group, so a new message cannot land without one.
 */
import type { CatalogMessage } from './types.js';

const GROUPS: Record<string, readonly (readonly [string, readonly string[]])[]> = {
  candidacy: [
    ['Heading and start', ['heading', 'intro', 'progress', 'required', 'missing', 'range']],
    ['Questions', ['q', 'yes', 'no', 'commitment', 'prior', 'count', 'next', 'back', 'see-result']],
    ['Safety questions', ['safety']],
    ['Day counter (“Not sure? Count them”)', ['counter']],
    ['Result', ['outcome', 'decision-note', 'status', 'criterion', 'reason']],
    ['Booking link', ['cta']],
    ['Your answers', ['answers', 'answer']],
    [
      'Print, copy and start again',
      ['bring', 'print', 'copy', 'copied', 'copy-failed', 'change', 'restart'],
    ],
    ['Printed and copied summary', ['summary']],
  ],
  timeline: [
    ['Heading', ['heading', 'note']],
    ['Steps', ['consultation', 'first-session', 'effect', 'repeat', 'review', 'session', 'week']],
    ['Dates', ['when', 'next', 'here']],
    ['Calendar', ['calendar', 'ics']],
  ],
  benefits: [
    ['Heading', ['heading']],
    ['Benefits', ['relief', 'side-effects', 'not-a-pill', 'daily-life']],
    ['Safety note', ['safety-note']],
  ],
};

/** The group title of a message, or `undefined` when its id has none yet. */
export function groupOf(id: string): string | undefined {
  const [prefix = '', part = ''] = id.split('.');
  return GROUPS[prefix]?.find(([, parts]) => parts.includes(part))?.[0];
}

/** The messages of one element, grouped, in the groups' order; ids without a group last. */
export function groupMessages(
  messages: readonly CatalogMessage[],
  tag: string,
): { title: string; messages: CatalogMessage[] }[] {
  const mine = messages.filter((message) => message.element === tag);
  const prefix = mine[0]?.id.split('.')[0] ?? '';
  const titles = [...(GROUPS[prefix] ?? []).map(([title]) => title), 'Other'];
  return titles
    .map((title) => ({
      title,
      messages: mine.filter((message) => (groupOf(message.id) ?? 'Other') === title),
    }))
    .filter((group) => group.messages.length > 0);
}
