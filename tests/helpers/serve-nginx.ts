import type { TestProject } from 'vitest/node';
import { requireDist } from './dist';
import { startNginx } from './nginx';

/** Serves the built site with Debian's nginx and the build's own _host/nginx.conf, for the browser-nginx project. */
export default async function setup(project: TestProject) {
  requireDist();
  const server = await startNginx('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
