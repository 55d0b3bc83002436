/**
 * The one date pattern of the ingest, for every reader and the analysis:
 * 2013-11-18, 2013/11/18, 2013.11.18, 2013年11月18日 14:56, a notice's
 * 二〇二四年三月十五日, and dates printed at a lesser precision (2013年10月).
 * Full-width digits (２０１３年) are read as digits.
 */

const YEAR = '\\d{4}|[〇○零一二三四五六七八九]{4}';
const MONTH_DAY = '\\d{1,2}|[一二三四五六七八九十]{1,3}';
/** The pattern's source, for rules that read a date as part of a line (a masthead, an issuer's line). Groups: year, month, day, time. */
export const DATE_SOURCE = `(${YEAR})\\s*[年\\-/.]\\s*(${MONTH_DAY})\\s*[月\\-/.]\\s*(${MONTH_DAY})\\s*日?(?:\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?))?`;
export const DATE = new RegExp(DATE_SOURCE, 'u');
/** A line that is only a year or a year and month ("2013年10月" under a compilation's title): a source date of that precision. */
export const PARTIAL_DATE = new RegExp(`^(${YEAR})\\s*年(?:\\s*(${MONTH_DAY})\\s*月)?$`, 'u');
/** A date a line ends with, printed at any precision (…组织部编印 2013年10月). */
const TRAILING_DATE = new RegExp(`[\\s\u3000]*(${YEAR})\\s*年(?:\\s*(${MONTH_DAY})\\s*月(?:\\s*(${MONTH_DAY})\\s*日)?)?$`, 'u');

const CHINESE_DIGITS = '〇一二三四五六七八九';
/** "2024", "二〇二四", "十五", "3" → the number. */
export function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[〇○零一二三四五六七八九]+$/u.test(text) && text.length > 2) return Number(Array.from(text, (c) => CHINESE_DIGITS.indexOf(c === '○' || c === '零' ? '〇' : c)).join(''));
  const [tens, units] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens ? CHINESE_DIGITS.indexOf(tens) : 1) * 10 : 0) + (units ? CHINESE_DIGITS.indexOf(units) : 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Full-width digits as ASCII digits (a typeset page may print ２０１３年７月１０日); nothing else changes, so offsets hold. */
export const asciiDigits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** The ISO date a match of DATE states. */
export function isoDate(m: RegExpExecArray): string {
  return `${numberOf(m[1]!)}-${pad(numberOf(m[2]!))}-${pad(numberOf(m[3]!))}`;
}

/** The time a match of DATE states, as HH:MM or HH:MM:SS; undefined when none. */
export function timeOf(m: RegExpExecArray): string | undefined {
  return m[4] ? m[4].padStart(m[4].length === 4 || m[4].length === 7 ? m[4].length + 1 : m[4].length, '0') : undefined;
}

/** The first date a text states (2024-03-15), in any of the forms DATE reads; undefined when none. */
export function dateIn(text: string): string | undefined {
  const m = DATE.exec(asciiDigits(text));
  return m ? isoDate(m) : undefined;
}

/** The first date and time a text states ({ date: 2024-03-15, time: 09:05 }); undefined when no date. */
export function dateTimeIn(text: string): { date: string; time?: string } | undefined {
  const m = DATE.exec(asciiDigits(text));
  if (!m) return undefined;
  const time = timeOf(m);
  return time ? { date: isoDate(m), time } : { date: isoDate(m) };
}

/** A year or a year and month alone on a line: 2013, 2013-10. */
export function partialDateOf(text: string): string | undefined {
  const m = PARTIAL_DATE.exec(asciiDigits(text.trim()));
  return m ? (m[2] ? `${numberOf(m[1]!)}-${pad(numberOf(m[2]))}` : String(numberOf(m[1]!))) : undefined;
}

/**
 * A date printed over two adjacent elements, the day alone beside its year and month (a CMS's calendar leaf: 21 over
 * 2024年02月): the full date, 2024-02-21; undefined unless one is a day of the month and the other a year and month.
 */
export function splitDateOf(first: string, second: string): string | undefined {
  const day = (t: string) => (/^\d{1,2}$/u.test(asciiDigits(t.trim())) && Number(asciiDigits(t.trim())) >= 1 && Number(asciiDigits(t.trim())) <= 31 ? pad(Number(asciiDigits(t.trim()))) : undefined);
  const month = (t: string) => {
    const p = partialDateOf(t);
    return p && p.includes('-') ? p : undefined;
  };
  const [d, m] = day(first) ? [day(first), month(second)] : [day(second), month(first)];
  return d && m ? `${m}-${d}` : undefined;
}

/** The date a line ends with at the precision it is printed (2013, 2013-10, 2013-10-08), and the line without it. */
export function trailingDate(text: string): { date: string; rest: string } | undefined {
  const line = asciiDigits(text.trim());
  const m = TRAILING_DATE.exec(line);
  if (!m) return undefined;
  const date = [String(numberOf(m[1]!)), ...(m[2] ? [pad(numberOf(m[2]))] : []), ...(m[3] ? [pad(numberOf(m[3]))] : [])].join('-');
  return { date, rest: text.trim().slice(0, m.index).trim() };
}
