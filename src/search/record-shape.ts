/*
 * What a search record carries, as both sides read it: search-records.ts writes records at build
 * time, search-engine.ts reads them in the browser. Kept apart so the browser's bundle holds
 * nothing of the build.
 */

/**
 * One block as a record's `blocks` meta carries it: [id ("" for the title), printed number or
 * label, text]. In Chinese, where the record's content gives the text back, the count of the
 * block's terms stands in its place (search-records.ts).
 */
export type RecordBlock = [id: string, num: string, text: string | number];

/** A filter only the first record of each resolution has: a search by filters alone lists each resolution once. */
export const OPENING_FILTER = 'opening';

/** The sort key of every record: the resolution's date of adoption, then its symbol. */
export const DATE_SORT = 'date';
