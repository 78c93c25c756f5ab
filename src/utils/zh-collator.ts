/** The one Chinese collator (pinyin order) for sorting terms, tags and titles. */
export const zhCollator = new Intl.Collator('zh-CN');
