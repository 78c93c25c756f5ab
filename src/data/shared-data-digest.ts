import { contentDir } from '@/utils/content-dir';
import { hashSharedData } from '@/utils/hash-shared-data';

let digest: string | undefined;

/** hashSharedData of this build's content, computed once: part of every article page's incremental-build cache key. */
export function getSharedDataDigest(): string {
  digest ??= hashSharedData(contentDir());
  return digest;
}
