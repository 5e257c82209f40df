/**
 * The studio's data: the elements, attributes, messages and colour tokens, built from the
 * library's own sources when the studio is built (scripts/studio-data.mjs).
 */
import raw from 'virtual:botox-studio-data';
import type { StudioData } from './model/types.js';

export const data = raw as StudioData;
