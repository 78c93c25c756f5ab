// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { inlineScriptHashes } from './src/integrations/inline-scripts.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { reviewReminder } from './src/integrations/review-reminder.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { rehypeCollectFaq } from './src/markdown/rehype-collect-faq.ts';
import { rehypeGlossaryLinks } from './src/markdown/rehype-glossary-links.ts';
import { remarkCitations } from './src/markdown/remark-citations.ts';
import { remarkTemplateBlanks } from './src/markdown/remark-template-blanks.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default processor ignores remark plugins; unified() runs remark-gfm and ours.
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkCitations, remarkTemplateBlanks],
      rehypePlugins: [rehypeGlossaryLinks, rehypeCollectFaq],
    }),
    syntaxHighlight: false,
  },
  // One job per integration; all run after the build on the pages in dist/.
  integrations: [mdx(), searchIndex(), sitemap(), ogImages(), reviewReminder()],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"], hashes: inlineScriptHashes() },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Processed scripts stay external files, so the CSP lists only the two inline scripts' hashes.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
