import { describe, expect, test } from 'vitest';
import { bodyTexts, parseExampleResponse } from '../../src/lib/example-response';
import { containsMessage } from '../../src/lib/message';

describe('containsMessage', () => {
  test('matches the message itself', () => {
    expect(containsMessage('Key not authorised', 'Key not authorised')).toBe(true);
  });
  test('fills format verbs with any text', () => {
    expect(containsMessage('Certificate with SHA256 a1b2c3 not allowed', 'Certificate with SHA256 %s not allowed')).toBe(true);
    expect(
      containsMessage(
        'Loop level too deep. Found more than 5 loops in single request',
        'Loop level too deep. Found more than %d loops in single request',
      ),
    ).toBe(true);
  });
  test('treats regular-expression characters literally', () => {
    expect(containsMessage('Request malformed!', 'Request malformed.')).toBe(false);
    expect(containsMessage('a (b)', 'a (b)')).toBe(true);
    expect(containsMessage('a b', '.*')).toBe(false);
  });
  test('does not match a different message', () => {
    expect(containsMessage('Key not authorized', 'Key not authorised')).toBe(false);
  });
});

describe('parseExampleResponse', () => {
  const example =
    'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Generator: tyk.io\n\n{\n    "error": "Key not authorised"\n}\n';

  test('reads the status line, headers and body', () => {
    expect(parseExampleResponse(example)).toEqual({
      status: 403,
      headers: [
        ['Content-Type', 'application/json'],
        ['X-Generator', 'tyk.io'],
      ],
      body: '{\n    "error": "Key not authorised"\n}\n',
    });
  });

  test('treats text without a status line as a non-HTTP example', () => {
    expect(parseExampleResponse('curl: (56) OpenSSL: tls: bad certificate')).toEqual({
      headers: [],
      body: 'curl: (56) OpenSSL: tls: bad certificate',
    });
  });

  test('bodyTexts decodes JSON string fields, so escaped characters compare as sent', () => {
    expect(bodyTexts('{"error": "Couldn\\u0027t decode"}')).toContain("Couldn't decode");
    expect(bodyTexts('{"error": "Can\\\'t detect loop target"}')).toContain("Can't detect loop target");
    expect(bodyTexts('{"status":"error","message":"API not found"}\n')).toContain('API not found');
    expect(bodyTexts('plain text\n')).toEqual(['plain text\n']);
  });
});
