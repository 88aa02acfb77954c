import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.js';

describe('redactUrl', () => {
  it('hides the password of a database URL', () => {
    expect(redactUrl('postgres://news:s3cr:et@db.example:5432/storyline')).toBe(
      'postgres://news:***@db.example:5432/storyline',
    );
  });

  it('leaves URLs without a password and file paths alone', () => {
    expect(redactUrl('postgresql://news@db/storyline')).toBe('postgresql://news@db/storyline');
    expect(redactUrl('.storyline/storyline.db')).toBe('.storyline/storyline.db');
  });
});
