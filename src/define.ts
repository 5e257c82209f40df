/** Registers every element of the library under its standard tag name. */
import './components/benefits-list/define.js';
import './components/botox-candidacy-check/define.js';
import './components/treatment-timeline/define.js';

export * from './index.js';
