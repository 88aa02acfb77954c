// Database URLs in messages and logs: the password (and nothing else) replaced by "***".

export function redactUrl(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
