/**
 * A harness for `<benefits-list>`: its heading, the built-in benefits, the clinic's slotted items
 * and the safety note.
 */
import type { BenefitsList } from '../../src/components/benefits-list/benefits-list.js';
import { Harness } from './base.js';

export class BenefitsHarness extends Harness<BenefitsList> {
  /** The list of benefits (part `list`, a `<ul>`). */
  list(): HTMLUListElement | null {
    return this.query<HTMLUListElement>('ul[part="list"]');
  }

  /** The built-in benefits (part `item`, `<li>`), in the order shown. */
  items(): HTMLLIElement[] {
    return this.queryAll<HTMLLIElement>('[part="item"]');
  }

  /** The title of each built-in benefit (trimmed), in the order shown. */
  titles(): string[] {
    return this.queryAll('[part="title"]').map((node) => node.textContent!.trim());
  }

  /** The explanation of each built-in benefit (part `body`). */
  bodies(): HTMLElement[] {
    return this.queryAll('[part="body"]');
  }

  /** The round icon of each benefit (part `icon`). */
  icons(): HTMLElement[] {
    return this.queryAll('[part="icon"]');
  }

  /** The slot for the clinic's own `<li>` items. */
  slot(): HTMLSlotElement | null {
    return this.query<HTMLSlotElement>('ul slot');
  }

  /** The clinic's own items, as assigned to the slot. */
  clinicItems(): Element[] {
    return this.slot()?.assignedElements() ?? [];
  }

  /** The safety note below the list, or null when hidden. */
  safetyNote(): HTMLElement | null {
    return this.query('[part="safety-note"]');
  }

  /** The disclosures of `expandable` (one per benefit). */
  disclosures(): HTMLDetailsElement[] {
    return this.queryAll<HTMLDetailsElement>('details');
  }

  /** Opens (or closes) the disclosure of benefit `index` by clicking its title, as a person does. */
  toggle(index: number): void {
    const summary = this.disclosures()[index]?.querySelector('summary');
    if (!summary) throw new Error(`no disclosure ${index}`);
    summary.click();
  }

  /** Clicks every disclosure's title (opening them all when all are closed). */
  toggleAll(): void {
    for (const summary of this.queryAll('details > summary')) summary.click();
  }
}

/** The harness of `el`. */
export function benefits(el: BenefitsList): BenefitsHarness {
  return new BenefitsHarness(el);
}
