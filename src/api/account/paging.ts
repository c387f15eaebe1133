/*
 * Both inventories page by offset and say nothing of how many there are: no total, no
 * `has_more` (docs/contracts.md 2.1, 3.1).
 */

/** The offset to ask for: a whole number from 0, whatever the view passed. */
export const pageStart = (offset: number): number => Math.max(0, Math.floor(offset) || 0);

/** A short page is the last; after a full one, the next starts where it ended. */
export const nextOffset = (start: number, received: number, size: number): number | null =>
  received < size ? null : start + received;
