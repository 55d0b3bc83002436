/**
 * A source's publication date at the precision the source gives it: a year
 * (2013), a month (2013-10, printed 2013年10月) or a day (2013-05-23). The one
 * date rule of the sources schema, the pages and the feeds. Browser-safe.
 */

/** YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day. */
export const SOURCE_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether the date names a day (feeds and calendars need one; a month or year is never padded into one). */
export const isFullDay = (date: string): boolean => date.length === 10;

/** The year of a date of any precision. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The date as Chinese prints it, at its own precision: 2013年5月23日, 2013年10月, 2013年. */
export function dateInWords(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}
