/**
 * The script-tag entry (`dist/botox-widgets.js`): registers every element. Translations load
 * lazily from sibling chunks, resolved relative to this module's own URL.
 */
export * from './define.js';
