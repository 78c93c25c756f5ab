import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { recordFrontmatter } from './plugin-helpers.ts';

export interface FaqEntry {
  question: string;
  answer: string;
}

const isQuestion = (text: string) => /[？?]\s*$/.test(text);

/** Answers in structured data are kept short: the page itself has the full text. */
const ANSWER_CHARS = 80;

/** Cuts an answer after the last full sentence within ANSWER_CHARS characters. */
function shorten(answer: string): string {
  if (answer.length <= ANSWER_CHARS) return answer;
  const head = answer.slice(0, ANSWER_CHARS);
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return end > 40 ? head.slice(0, end + 1) : `${head}…`;
}

/**
 * Records each h2 phrased as a question, with the text up to the next heading as its
 * answer, in frontmatter (`faq`). Pages with two or more become FAQPage JSON-LD.
 */
export function rehypeCollectFaq() {
  return (tree: Root, file: VFile) => {
    const faq: FaqEntry[] = [];
    let current: FaqEntry | null = null;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const element = node as Element;
      if (/^h[1-6]$/.test(element.tagName)) {
        current = null;
        const text = toText(element).trim();
        if (element.tagName === 'h2' && isQuestion(text)) {
          current = { question: text, answer: '' };
          faq.push(current);
        }
      } else if (current && ['p', 'ul', 'ol', 'blockquote', 'table'].includes(element.tagName)) {
        const text = toText(element)
          .replace(/\u2060?\[\d+\]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (text && current.answer.length < ANSWER_CHARS) current.answer += (current.answer ? ' ' : '') + text;
      }
    }
    recordFrontmatter(
      file,
      'faq',
      faq.filter((f) => f.answer.length > 0).map((f) => ({ ...f, answer: shorten(f.answer) })),
    );
  };
}
