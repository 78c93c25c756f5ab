import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site on 127.0.0.1 for the browser tests. Fails loudly without a build. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ 不存在：浏览器测试针对构建后的网站运行，请先执行 npm run build。');
  }
  const server = await serveStatic({ root: 'dist' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
