/**
 * The answer's “复制链接 / 分享” button: the page promises the result can be shared, and the
 * address bar is hard to find on a phone. Phones with the Web Share API get the system share
 * sheet; elsewhere the link is copied. The link carries days or dates only, never the amount.
 */
import { stageResult } from '@/ui/strings';

/** True on touch devices that can open the system share sheet. */
const canShare = () => typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;

/** Labels the button for this device (called when the answer is rendered). */
export function labelShareButton(button: HTMLButtonElement): void {
  button.textContent = canShare() ? stageResult.share : stageResult.copyLink;
}

export async function shareLink(button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  const url = location.href;
  if (canShare()) {
    try {
      await navigator.share({ title: document.title, url });
      return;
    } catch (error) {
      // The reader closed the share sheet: nothing to report.
      if ((error as DOMException).name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = stageResult.copied;
  } catch {
    status.textContent = `${stageResult.copyFailed} ${url}`;
  }
  button.focus();
}
