import { getCollection } from 'astro:content';

/**
 * The two numbers of the crisis-help pointer, read from the sources that publish them
 * (`phones:` in content/sources.yaml), so no component types a hotline. A missing number
 * fails the build: the pointer must never show an unverified one.
 */
export async function getCrisisPhones(): Promise<{ police: string; psychological: string }> {
  const sources = (await getCollection('sources')).map((e) => e.data);
  const find = (phone: string) => {
    const source = sources.find((s) => s.phones.includes(phone) && (s.confidence === 'A' || s.confidence === 'B'));
    if (!source) throw new Error(`content/sources.yaml：没有一条可信度 A 或 B 的依据在 phones 里列出 ${phone}，求助提示不能显示它。`);
    return phone;
  };
  return { police: find(CRISIS_PHONES.police), psychological: find(CRISIS_PHONES.psychological) };
}

/** Which numbers the pointer shows; their verification is the source entries above. */
const CRISIS_PHONES = { police: '110', psychological: '12356' } as const;
