import { parse as parseDomain } from 'tldts';

/** RFC 1035: a name of at most 253 characters (written without the final dot), labels of 1 to 63. */
const MAX_NAME_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
/** Letters, digits and hyphens (RFC 952/1123), the only characters ACM and Route 53 take in a host name. */
const LDH_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Why `name` is not a fully qualified DNS host name that ACM can issue a
 * certificate for and Route 53 can hold a record of, or undefined when it is
 * one: two labels or more, letters, digits and hyphens, no final dot, not an
 * IP address, and not a public suffix on its own (`co.jp`, `com`), which no
 * one can own.
 */
export function dnsNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (/^\.+$/.test(name)) return 'is only dots, no name';
  if (name.length > MAX_NAME_LENGTH)
    return `is ${name.length} characters long; a DNS name has at most ${MAX_NAME_LENGTH}`;
  if (IPV4.test(name)) return 'is an IP address, not a DNS name';
  if (name.endsWith('.')) return 'ends with a dot: write the name without the final dot';
  const labels = name.split('.');
  if (labels.some((label) => label === '')) return 'has an empty label (two dots in a row, or a leading dot)';
  if (labels.length < 2) return 'is a single label, not a fully qualified name such as dify.example.com';
  for (const label of labels) {
    if (label === '*') return 'is a wildcard; name one host';
    if (label.length > MAX_LABEL_LENGTH)
      return `has a label of ${label.length} characters; a DNS label has at most ${MAX_LABEL_LENGTH}`;
    if (!LDH_LABEL.test(label)) {
      return /[^\p{ASCII}]/u.test(label)
        ? 'has characters outside ASCII: write an internationalised name in its xn-- (Punycode) form'
        : 'has a label with characters other than letters, digits and inner hyphens';
    }
  }
  if (/^\d+$/.test(labels.at(-1) ?? '')) return 'ends with a numeric label, which no top-level domain is';
  if (isPublicSuffix(name)) return 'is a public suffix that no one can own: name a host under it';
  return undefined;
}

/** Whether `name` is itself a public suffix (ICANN's or a private registry's, such as github.io). */
export function isPublicSuffix(name: string): boolean {
  const parsed = parseDomain(name.toLowerCase(), { allowPrivateDomains: true });
  return parsed.publicSuffix === name.toLowerCase() && parsed.domain === null;
}
