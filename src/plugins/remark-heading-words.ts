/**
 * remark-heading-words: a body head's words never break across lines. Heads
 * are balanced (global.css), and balancing alone broke 服务群|众 on a phone;
 * each plain text run of a heading becomes the same `.title-words` spans a
 * page title gets (titlePhrases), so a line breaks between words only. The
 * text is unchanged: only spans are added, around words of two characters or
 * more.
 */
import type { Emphasis, Heading, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { titlePhrases } from '../lib/title-phrases.ts';

export default function remarkHeadingWords() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      heading.children = heading.children.map((child) => (child.type === 'text' ? wordSpans(child) : child));
    });
  };
}

/** One text run as a `span.title-words` of its phrases, the unbreakable ones in their own span. */
function wordSpans(text: Text): PhrasingContent {
  const words: PhrasingContent[] = titlePhrases(text.value).map((p) => (p.keep ? { type: 'text', value: p.text, data: { hName: 'span' } } : { type: 'text', value: p.text }));
  const wrapper: Emphasis = { type: 'emphasis', children: words, data: { hName: 'span', hProperties: { className: ['title-words'] } } };
  return wrapper;
}
