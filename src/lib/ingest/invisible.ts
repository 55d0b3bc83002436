/**
 * Invisible format characters a page or file carries inside words: the soft
 * hyphen (U+00AD, a line-break hint that shows nothing unless a word breaks),
 * the zero-width space (U+200B), the word joiner (U+2060) and a byte-order mark
 * inside the text (U+FEFF). A reader sees none of them, but search, place
 * matching and the fidelity check see a different string (1­­—4月 is not 1—4月).
 * Every reader's text is cleared of them here, once, and the count goes to the
 * report like the radicals folded (radicals.ts). Joiners that shape what is
 * shown (U+200C/U+200D in emoji and other scripts) are not invisible in this sense and stay.
 */
import { checkMessage } from '../check-messages.ts';

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/gu;

const NAMES: Record<string, string> = { '\u00ad': 'U+00AD 软连字符', '\u200b': 'U+200B 零宽空格', '\u2060': 'U+2060 词连接符', '\ufeff': 'U+FEFF 字节顺序标记' };

/** The text without its invisible format characters, how many there were, and which (by code point). */
export function dropInvisible(text: string): { text: string; dropped: number; kinds: Set<string> } {
  let dropped = 0;
  const kinds = new Set<string>();
  const out = text.replace(INVISIBLE, (c) => {
    dropped++;
    kinds.add(NAMES[c]!);
    return '';
  });
  return { text: out, dropped, kinds };
}

/** The report's line about invisible characters taken out: how many, and of which kinds. */
export function invisibleWarning(dropped: number, kinds: ReadonlySet<string>): string {
  return checkMessage('invisible-dropped', { count: dropped, kinds: [...kinds].join('、') });
}
