/**
 * Registers every element of the library under its standard tag name, by the time this module has
 * run: one import per element of src/elements.ts (test/registration.test.ts fails when the tags
 * registered here and the table's differ).
 */
import './components/benefits-list/define.js';
import './components/botox-candidacy-check/define.js';
import './components/treatment-timeline/define.js';

export * from './index.js';
