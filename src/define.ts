/** Registers every element of the library under its standard tag name. */
import './components/benefits-list/define.js';

export * from './index.js';
