/**
 * The "title" the screen score counts (evidence.ts `scoreTopics`: each distinct topic term in it adds its
 * weight once): the page's title and the words of its address, which a publisher writes like a title
 * ("/policies/human-rights-policy"). A page with no title (a stored copy, an empty `<title>`) still names its
 * topic there. Every step uses this one string, so the first look's bound (bound.ts, content/prescreen.ts)
 * sees what the screen and the decision count: the address is the one the page is read at (`url`, never a
 * canonical link, which the first look cannot see).
 */
import { urlWords } from '../url-utils';

export function screenTitle(title: string, url: string): string {
  const words = urlWords(url);
  if (!words) return title;
  return title ? `${title}\n${words}` : words;
}
