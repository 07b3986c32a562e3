/**
 * The project endpoint flags are sent to, and the rule that keeps its token safe: a token travels only
 * over https, or over http to this machine (localhost, 127.0.0.1, [::1]) where nothing crosses a
 * network. The options form, the background that stores it and the outbox that sends all check it.
 * Pure TypeScript (no browser API) so unit tests and the CLI share it.
 */
import { z } from 'zod';

/** Loopback hosts, as `URL.hostname` spells them. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase());
}

/** At most this many characters: a token is a credential, not a document. */
export const TOKEN_MAX = 4_096;

export const EndpointUrl = z.url({ protocol: /^https?$/, error: 'Enter an http:// or https:// address.' }).max(2_000);

const EndpointShape = z.object({
  url: EndpointUrl,
  token: z.string().min(1).max(TOKEN_MAX).regex(/^[\x21-\x7e]+$/, 'The token must be printable ASCII without spaces.').optional(),
});

/** Why `endpoint` must not be used as it stands, or null when it is fine. */
export function endpointProblem(endpoint: { url: string; token?: string | undefined }): string | null {
  let url: URL;
  try {
    url = new URL(endpoint.url);
  } catch {
    return `the endpoint address "${endpoint.url.slice(0, 200)}" is not a URL`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'the endpoint must be an http(s) address';
  if (endpoint.token && url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    return 'a token is only sent over https (http only to localhost): use an https:// address or remove the token';
  return null;
}

export const Endpoint = EndpointShape.superRefine((endpoint, ctx) => {
  const problem = endpointProblem(endpoint);
  if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: problem.charAt(0).toUpperCase() + problem.slice(1) + '.' });
});
export type Endpoint = z.infer<typeof Endpoint>;
