// Words that end organisation names ("Acme Inc", "Bank of England Council"): a name ending in one is not a person's,
// and two names sharing one share nothing.
export const ORG_SUFFIX_WORDS: ReadonlySet<string> = new Set(
  'inc corp corporation co ltd plc llc ag sa nv group bank party ministry council agency university association committee commission union club fc federation institute organization organisation court army navy police department office board authority airlines news times post'.split(
    ' ',
  ),
);
