import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

interface Field {
  id: string;
  label: string;
}

const isTemplate = (path: string | undefined) => !!path && /[\\/]templates[\\/][^\\/]+\.md$/.test(path);

/**
 * In letter templates, turns each {{fieldId}} into a blank the page script fills in.
 * With JavaScript off the blank prints as a labelled line to write on by hand.
 * Fails the build, naming the file and field, if a blank has no declared field or a
 * declared field is never used.
 */
export function remarkTemplateBlanks() {
  return (tree: Root, file: VFile) => {
    if (!isTemplate(file.path)) return;
    const frontmatter = (file.data as { astro?: { frontmatter?: { fields?: Field[] } } }).astro?.frontmatter;
    const fields = new Map((frontmatter?.fields ?? []).map((f) => [f.id, f]));
    const used = new Set<string>();
    const undeclared: string[] = [];
    findAndReplace(tree, [
      [
        /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g,
        (_m: string, id: string): PhrasingContent | false => {
          const field = fields.get(id);
          if (!field) {
            undeclared.push(id);
            return false;
          }
          used.add(id);
          // A known node type with data.hName, so mdast-util-to-hast keeps it an element.
          return {
            type: 'emphasis',
            data: { hName: 'span', hProperties: { className: ['blank'], dataField: id } },
            children: [{ type: 'text', value: field.label }],
          };
        },
      ],
    ]);
    keepLetterLines(tree);
    if (undeclared.length) {
      throw new Error(`${file.path}: 模板正文里的空 {{${undeclared.join('}}、{{')}}} 没有在 fields 里声明。`);
    }
    const unused = [...fields.keys()].filter((id) => !used.has(id));
    if (unused.length) {
      throw new Error(`${file.path}: fields 里声明的字段 ${unused.join('、')} 在正文里没有用到。`);
    }
  };
}

/**
 * A letter's lines are its structure: “此致” and “敬礼！”, the signature and the date each
 * stand on their own line, and numbered requests keep their numbers on screen, in print and
 * in the copied text (innerText drops list markers). So in templates every line break is a
 * hard break, and an ordered list becomes numbered paragraphs.
 */
function keepLetterLines(tree: Root): void {
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('\n')) return;
    const parts = node.value.split('\n');
    const replacement: PhrasingContent[] = parts.flatMap((value, i) => (i === 0 ? [{ type: 'text', value }] : [{ type: 'break' }, { type: 'text', value }]));
    (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
    return index + replacement.length;
  });
  visit(tree, 'list', (list, index, parent) => {
    if (!list.ordered || !parent || index === undefined) return;
    const start = list.start ?? 1;
    const paragraphs = list.children.flatMap((item, i) =>
      item.children.map((child, j) => {
        if (child.type !== 'paragraph' || j > 0) return child;
        return {
          ...child,
          data: { hProperties: { className: ['letter-item'] } },
          children: [{ type: 'text', value: `${start + i}. ` } as PhrasingContent, ...child.children],
        } as Paragraph;
      }),
    );
    (parent.children as RootContent[]).splice(index, 1, ...paragraphs);
    return index + paragraphs.length;
  });
}
