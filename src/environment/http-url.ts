import { overlappingNotUnicastRange, toNetwork } from './cidr.js';
import { dnsNameProblem } from './dns-name.js';

export type HttpUrlProblem =
  | { readonly kind: 'credentials' }
  | { readonly kind: 'other'; readonly message: string };

/**
 * Printable ASCII without the characters RFC 3986 never allows raw in a URL
 * (space, `"`, `<`, `>`, `\`, `^`, backtick, `{`, `|`, `}`). WHATWG URL parsing would
 * quietly drop tabs and new lines or percent-encode the rest, while the value
 * itself reaches the containers as written.
 */
const URL_TEXT = /^[!#-;=?-[\]_a-z~]+$/i;

/**
 * Why `value` cannot be the URL of an egress proxy or a package mirror, or
 * undefined when it can. The host becomes a squid rule (services-model.ts):
 * an empty host, a dot or a leading dot would match every destination and
 * switch the private-network block off, so the host must be a DNS name of two
 * labels or more that is not a public suffix, or an IPv4 unicast address.
 */
export function httpUrlProblem(value: string): HttpUrlProblem | undefined {
  const other = (message: string): HttpUrlProblem => ({ kind: 'other', message });
  if (!/^https?:\/\//.test(value)) return other('does not start with http:// or https://');
  if (/^https?:\/\/[/?#]/.test(value)) return other('has no host');
  if (!URL_TEXT.test(value))
    return other('holds a space, a control character or a character a URL must percent-encode');
  if (!URL.canParse(value)) return other('is not a valid URL');
  const url = new URL(value);
  if (url.username !== '' || url.password !== '') return { kind: 'credentials' };
  if (url.port === '0') return other('names port 0, which nothing listens on');
  const host = url.hostname;
  if (host.startsWith('['))
    return other('has an IPv6 address as its host: use a host name or an IPv4 address');
  const address = toNetwork(`${host}/32`);
  if (address) {
    const range = overlappingNotUnicastRange(address);
    return range
      ? other(`has the host ${host}, a ${range.name} address (${range.cidr}) no proxy or mirror can have`)
      : undefined;
  }
  const problem = dnsNameProblem(host);
  return problem === undefined ? undefined : other(`has the host ${JSON.stringify(host)}, which ${problem}`);
}
