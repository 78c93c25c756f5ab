/**
 * Every site route, built in one place. Pages, components, the search page script and
 * the Markdown plugins link through these helpers, so a route is never typed by hand.
 * No imports beyond relative .ts files: astro.config.mjs loads this module through the
 * Markdown plugins (see CONTRIBUTING.md, “Import rule”).
 */
import { slugify } from './slugify.ts';

export const homePath = '/';
export const articlePath = (id: string) => `/articles/${id}/`;
export const categoryPath = (id: string) => `/category/${id}/`;
/** The glossary page, or one entry on it. */
export const glossaryPath = (id?: string) => (id ? `/glossary/#${id}` : '/glossary/');
/** The sources page (依据总表), or one source on it. */
export const sourcePath = (id?: string) => (id ? `/sources/#${id}` : '/sources/');
/** The templates index, or one template. */
export const templatePath = (id?: string) => (id ? `/templates/${id}/` : '/templates/');
/** The tags index, or one tag's page (the tag is slugified). */
export const tagPath = (tag?: string) => (tag ? `/tags/${slugify(tag)}/` : '/tags/');
/** A tool page, e.g. toolPath('where-am-i'). */
export const toolPath = (id: string) => `/tools/${id}/`;
export const searchPath = '/search/';
export const aboutPath = '/about/';
export const rssPath = '/rss.xml';
/** 规则更新: changes in force that matter to readers, and its feed. */
export const updatesPath = '/updates/';
export const updatesRssPath = '/updates/rss.xml';
/** The stage calculator (我的逾期到了哪一步). */
export const calculatorPath = toolPath('where-am-i');
