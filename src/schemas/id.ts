import { z } from 'astro/zod';

/** The one id pattern of content entries (articles, sources, glossary terms, stages): kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An entry id; the message tells the author what is allowed. */
export const entryId = () => z.string().regex(ID_PATTERN, 'id 只能用小写字母、数字和连字符');
