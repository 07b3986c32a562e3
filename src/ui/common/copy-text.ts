/**
 * Copies text to the clipboard. The async Clipboard API needs focus and a user gesture; when a browser
 * refuses it (some Firefox popups), a hidden textarea and execCommand still work. Resolves false
 * rather than throwing, so the UI can say what happened.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
