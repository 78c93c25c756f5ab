/** JSON safe to place inside a <script> element: “<” is escaped so no tag can close it early. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
