// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { checkLinks } from './src/integrations/check-links.ts';
import { hostConfig } from './src/integrations/host-config.ts';
import { inlineScriptHashes } from './src/integrations/inline-scripts.ts';
import { precompress } from './src/integrations/precompress.ts';
import { refreshContentCache } from './src/integrations/refresh-content-cache.ts';
import { requireSiteUrl } from './src/integrations/require-site-url.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { setAsideOldBuild } from './src/integrations/set-aside-old-build.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { reviewReminder } from './src/integrations/review-reminder.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { rehypeCjkSpacing } from './src/markdown/rehype-cjk-spacing.ts';
import { rehypeCollectFaq } from './src/markdown/rehype-collect-faq.ts';
import { rehypeGlossaryLinks } from './src/markdown/rehype-glossary-links.ts';
import { rehypeTableLabels } from './src/markdown/rehype-table-labels.ts';
import { remarkCitations } from './src/markdown/remark-citations.ts';
import { remarkStageDays } from './src/markdown/remark-stage-days.ts';
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
      remarkPlugins: [remarkGfm, remarkCitations, remarkTemplateBlanks, remarkStageDays],
      rehypePlugins: [rehypeCjkSpacing, rehypeGlossaryLinks, rehypeCollectFaq, rehypeTableLabels],
    }),
    syntaxHighlight: false,
  },
  // One job per integration; they run after the build on the pages in dist/. Order matters:
  // the link check and host files read the finished pages; precompression comes last.
  integrations: [
    requireSiteUrl(),
    refreshContentCache(),
    setAsideOldBuild(),
    mdx(),
    searchIndex(),
    sitemap(),
    ogImages(),
    reviewReminder(),
    checkLinks(),
    hostConfig(),
    precompress(),
  ],
  // Article pages return a cacheKey (src/pages/articles/[slug].astro), so a rebuild after an
  // edit renders only the pages whose content or shown neighbours changed.
  experimental: { incrementalBuild: true },
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
  // ES-module workers, so the search worker can load its query-correction code only when a query needs it.
  vite: {
    plugins: [tailwindcss()],
    worker: { format: 'es' },
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX adds a "use astro:head-inject" directive to every article module; the bundler warns
        // that it may not be preserved, once per article. Astro handles it; the warning is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
