/**
 * Copies text to the clipboard: the async Clipboard API, else (no API, no
 * permission, an insecure page) the old way from a selected textarea inside
 * `root` (a shadow root keeps it out of the page). Resolves false when both
 * fail, never rejects: the element then tells the reader to copy by hand.
 */
export async function copyText(text: string, root: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The textarea takes the focus to be selected: give it back to the button pressed.
    const focused = ((root as ShadowRoot).activeElement ?? document.activeElement) as HTMLElement | null;
    const area = document.createElement('textarea');
    try {
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      root.appendChild(area);
      area.select();
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
      focused?.focus?.();
    }
  }
}
