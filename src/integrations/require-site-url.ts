import type { AstroIntegration } from 'astro';

/**
 * A production build writes the site's address into canonical links, Open Graph, the
 * sitemap, robots.txt and the feed, so it must know it: `astro build` stops unless
 * SITE_URL is set, or the build is declared a local preview with KB_LOCAL_PREVIEW=1
 * (what `npm start` and the tests do). `astro dev` needs neither.
 */
export function requireSiteUrl(): AstroIntegration {
  return {
    name: 'kb:require-site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const value = process.env.SITE_URL;
        if (value === undefined || value === '') {
          if (process.env.KB_LOCAL_PREVIEW === '1') return;
          throw new Error(
            '没有设置 SITE_URL：正式构建要把网站地址写进规范链接、分享卡片、sitemap.xml、robots.txt 和 rss.xml。' +
              '请这样构建：SITE_URL=https://你的域名 npm run build。只在本机预览请用 npm start（或 KB_LOCAL_PREVIEW=1 npm run build）。',
          );
        }
        let url: URL | undefined;
        try {
          url = new URL(value);
        } catch {
          url = undefined;
        }
        if (!url || !/^https?:$/.test(url.protocol) || url.pathname.replace(/\/$/, '') !== '' || url.search || url.hash) {
          throw new Error(`SITE_URL=${value} 不是网站的根地址：请写成 https://你的域名 这样的形式（不带路径、问号或 #）。`);
        }
      },
    },
  };
}
