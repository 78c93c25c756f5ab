/**
 * Lets article tables read well on a phone: each body cell gets data-label with its column
 * header, and the table data-stack, so global.css can show every row as a labelled card
 * below 40rem. Tables without a header row are left alone.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

const children = (el: Element, tag: string) => el.children.filter((c): c is Element => c.type === 'element' && c.tagName === tag);

export function rehypeTableLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      const [thead] = children(table, 'thead');
      const [headRow] = thead ? children(thead, 'tr') : [];
      if (!headRow) return;
      const labels = children(headRow, 'th').map((th) => toText(th).trim());
      table.properties = { ...table.properties, dataStack: '' };
      for (const tbody of children(table, 'tbody')) {
        for (const row of children(tbody, 'tr')) {
          children(row, 'td').forEach((td, i) => {
            if (labels[i]) td.properties = { ...td.properties, dataLabel: labels[i] };
          });
        }
      }
    });
  };
}
