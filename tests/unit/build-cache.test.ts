import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBuildCache } from '../../src/integrations/build-cache.ts';

describe('openBuildCache', () => {
  let before: string | undefined;
  let dir: string;
  beforeEach(() => {
    before = process.env.KB_CACHE_DIR;
    dir = mkdtempSync(join(tmpdir(), 'kb-cache-'));
    process.env.KB_CACHE_DIR = dir;
  });
  afterEach(() => {
    if (before === undefined) delete process.env.KB_CACHE_DIR;
    else process.env.KB_CACHE_DIR = before;
  });

  it('returns what was stored for the same input, and nothing for another', () => {
    const cache = openBuildCache('og', 'renderer v1');
    expect(cache.get('标题A')).toBeUndefined();
    cache.set('标题A', Buffer.from('png A'));
    expect(openBuildCache('og', 'renderer v1').get('标题A')?.toString()).toBe('png A');
    expect(openBuildCache('og', 'renderer v1').get('标题B')).toBeUndefined();
  });

  it('never serves output made by a different step version or for different parts', () => {
    openBuildCache('brotli', 'v1').set(['6', Buffer.from('<p>页</p>')], Buffer.from('q6'));
    expect(openBuildCache('brotli', 'v2').get(['6', Buffer.from('<p>页</p>')])).toBeUndefined();
    expect(openBuildCache('brotli', 'v1').get(['11', Buffer.from('<p>页</p>')])).toBeUndefined();
    // Parts are separated, so ["6", "1…"] and ["61", "…"] are different inputs.
    expect(openBuildCache('brotli', 'v1').get(['', Buffer.from('6<p>页</p>')])).toBeUndefined();
  });

  it('prunes entries the build did not ask for, keeping the ones it used', () => {
    const first = openBuildCache('og', 'v1');
    first.set('kept', Buffer.from('1'));
    first.set('removed', Buffer.from('2'));
    const second = openBuildCache('og', 'v1');
    expect(second.get('kept')?.toString()).toBe('1');
    expect(second.prune()).toBe(1);
    expect(readdirSync(join(dir, 'og'))).toHaveLength(1);
    expect(openBuildCache('og', 'v1').get('removed')).toBeUndefined();
  });

  it('puts a cached output in the build folder without reading it, and says when there is none', () => {
    const out = mkdtempSync(join(tmpdir(), 'kb-out-'));
    const cache = openBuildCache('og', 'v1');
    cache.set('卡片', Buffer.from('png'));
    writeFileSync(join(out, 'old.png'), 'stale');
    expect(cache.linkTo('卡片', join(out, 'old.png'))).toBe(true);
    expect(readFileSync(join(out, 'old.png'), 'utf8')).toBe('png');
    expect(cache.linkTo('没画过', join(out, 'new.png'))).toBe(false);
    // A new output for the same input replaces the entry; the file already placed keeps its bytes.
    cache.set('卡片', Buffer.from('png v2'));
    expect(readFileSync(join(out, 'old.png'), 'utf8')).toBe('png');
    expect(cache.get('卡片')?.toString()).toBe('png v2');
    // The entry counts as used, so pruning keeps it.
    expect(openBuildCache('og', 'v1').linkTo('卡片', join(out, 'again.png'))).toBe(true);
  });
});
