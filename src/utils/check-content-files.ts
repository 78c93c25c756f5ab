import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, Lexer, parseDocument, type Document } from 'yaml';
import { closestName } from './closest-name.ts';

/** Fields each kind of file may have, from the collection schemas. */
export interface KnownFields {
  articles: string[];
  templates: string[];
  processes: string[];
  sources: string[];
  glossary: string[];
  categories: string[];
}

const YAML_PROBLEMS: Record<string, string> = {
  TAB_AS_INDENT: '缩进不能用 Tab，请改成空格',
  DUPLICATE_KEY: '同一个字段写了两次',
  BAD_INDENT: '缩进不对齐，或者方括号列表 [ ] 没有闭合',
  BLOCK_AS_IMPLICIT_KEY: '缩进不对：上一行的值后面又缩进了一行',
  MULTILINE_IMPLICIT_KEY: '缩进不对：字段名要写在一行里',
  MISSING_CHAR: '少了闭合的符号（引号、方括号或花括号）',
  UNEXPECTED_TOKEN: '这里有 YAML 读不懂的符号',
  BAD_SCALAR_START: '值不能以这个符号开头，请给整个值加上引号',
};

/**
 * Author mistakes that Astro alone would publish silently or report in English without
 * a line: YAML errors (with the line where the broken value starts), unknown fields (with
 * the closest known one), duplicate ids in the list files, and two files for one article.
 * Throws one Chinese message listing every problem as file:line: …
 */
export function checkContentFiles(contentDir: string, known: KnownFields): void {
  const problems: string[] = [];
  const where = (file: string, line: number) => `${relative(process.cwd(), file)}:${line}`;

  const parse = (file: string, text: string, firstLine = 1): Document | undefined => {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
    const error = doc.errors[0];
    if (!error) return Object.assign(doc, { counter, firstLine });
    // An unclosed quote swallows the lines after it; YAML notices only where that breaks.
    const quote = unclosedQuoteStart(text, error.pos[0]);
    const line = text.slice(0, quote ?? error.pos[0]).split('\n').length + firstLine - 1;
    const field = /^\s*-?\s*([\w-]+)\s*:/.exec(text.split('\n')[line - firstLine] ?? '')?.[1];
    const problem = quote !== undefined ? '引号没有闭合' : (YAML_PROBLEMS[error.code] ?? '无法解析');
    problems.push(`${where(file, line)}: YAML 格式错误${field ? `（字段 ${field}）` : ''}：${problem}。`);
    return undefined;
  };
  const lineOf = (doc: Document, node: { range?: [number, number, number] | null }) => {
    const { counter, firstLine } = doc as Document & { counter: LineCounter; firstLine: number };
    return counter.linePos(node.range?.[0] ?? 0).line + firstLine - 1;
  };
  const checkKeys = (file: string, doc: Document, map: unknown, fields: string[], what: string) => {
    if (!isMap(map) || fields.length === 0) return;
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (fields.includes(key)) continue;
      const guess = closestName(key, fields);
      problems.push(
        `${where(file, lineOf(doc, pair.key))}: 未知字段“${key}”${guess ? `，是不是想写“${guess}”？` : '。'}${what}可用的字段：${fields.join('、')}。`,
      );
    }
  };

  const frontmatterFiles = (dir: string, pattern: RegExp, fields: string[], what: string) => {
    if (!existsSync(dir)) return;
    const byId = new Map<string, string>();
    for (const name of (readdirSync(dir, { recursive: true }) as string[]).filter((n) => pattern.test(n)).sort()) {
      const file = join(dir, name);
      const id = name.replace(/\.(mdx?|ya?ml)$/, '');
      const other = byId.get(id);
      if (other) problems.push(`${where(file, 1)}: 和 ${relative(process.cwd(), other)} 是同一个网址（${id}），只能留一个文件。`);
      byId.set(id, file);
      const text = readFileSync(file, 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
      if (match && isCleanFrontmatter(match[1]!, fields)) continue;
      const doc = /\.ya?ml$/.test(name) ? parse(file, text) : match ? parse(file, match[1]!, 2) : undefined;
      if (doc) checkKeys(file, doc, doc.contents, fields, what);
    }
  };
  frontmatterFiles(join(contentDir, 'articles'), /\.mdx?$/, known.articles, '文章');
  frontmatterFiles(join(contentDir, 'templates'), /\.md$/, known.templates, '模板');
  frontmatterFiles(join(contentDir, 'processes'), /\.ya?ml$/, known.processes, '流程文件');

  for (const [name, fields] of [
    ['sources', known.sources],
    ['glossary', known.glossary],
    ['categories', known.categories],
  ] as const) {
    const file = join(contentDir, `${name}.yaml`);
    if (!existsSync(file)) continue;
    const doc = parse(file, readFileSync(file, 'utf8'));
    if (!doc || !isSeq(doc.contents)) continue;
    const firstLineOf = new Map<string, number>();
    for (const entry of doc.contents.items) {
      checkKeys(file, doc, entry, fields, `${name}.yaml 的条目`);
      const idNode = isMap(entry) ? entry.get('id', true) : undefined;
      if (!isScalar(idNode)) continue;
      const id = String(idNode.value);
      const line = lineOf(doc, idNode);
      const first = firstLineOf.get(id);
      if (first) problems.push(`${where(file, line)}: id“${id}”重复了（第 ${first} 行已经有这个 id）：后一条会悄悄替换前一条，请改名或删掉一条。`);
      else firstLineOf.set(id, line);
    }
  }

  if (problems.length) throw new Error(`内容有 ${problems.length} 处错误：\n${problems.join('\n')}`);
}

/**
 * True when frontmatter loads without error in js-yaml (the parser Astro reads frontmatter
 * with) and uses only known fields: nothing to report, so the slow line-numbered parse is
 * skipped (at 10,000 articles it cost seconds on every build). Anything else takes the slow
 * path, which finds the line and words the message.
 */
function isCleanFrontmatter(text: string, fields: string[]): boolean {
  try {
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
    return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).every((key) => fields.includes(key));
  } catch {
    return false;
  }
}

/**
 * Where an unclosed quoted value begins: the first quoted value before the error that runs
 * over a line break (the content never writes multi-line quoted values on purpose).
 */
function unclosedQuoteStart(text: string, errorAt: number): number | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the YAML lexer marks tokens with control characters
    if (/^[\x00-\x08\x0b\x0c\x0e-\x1f]$/.test(token)) continue; // the lexer's own markers, not source text
    if (offset > errorAt) break;
    if ((token[0] === '"' || token[0] === "'") && token.includes('\n')) return offset;
    offset += token.length;
  }
  return undefined;
}
