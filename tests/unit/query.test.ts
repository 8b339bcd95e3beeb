import { describe, expect, test } from 'vitest';
import { findExactMatches, normaliseMessage, readPastedQuery, type ExactMatchRow } from '../../src/lib/query';

const row = (status: number, message: string, oldWordings: string[] = [], sources = 1): ExactMatchRow => ({
  status,
  message,
  summary: '',
  path: `/${status}/${message}/`,
  wordings: [message, ...oldWordings].map(normaliseMessage),
  sources,
});

const table = [
  row(401, 'Key not authorised'),
  row(403, 'Key not authorised', [], 4),
  row(400, 'Request malformed'),
  row(400, 'request malformed', [], 3),
  row(403, 'Key not authorized: Unexpected signing method'),
  row(401, 'Key not authorized: %s'),
  row(403, 'Certificate with SHA256 %s not allowed', ['Certificate with SHA256 $certID not allowed']),
  row(403, 'Quota exceeded'),
  row(404, 'API not found'),
  row(403, 'This organisation quota has been exceeded, please contact your API administrator'),
  row(403, "Couldn't decode instruction"),
  row(403, 'Key is inactive, please renew', ['Key is not active, please renew']),
];

const first = (input: string) => findExactMatches(input, table)[0]?.row.path;

describe('normaliseMessage', () => {
  test.each([
    ['  Key not authorised. ', 'key not authorised'],
    ['Key not authorized', 'key not authorised'],
    ['UNAUTHORIZED organization', 'unauthorised organisation'],
    ['Couldn’t decode', "couldn't decode"],
    ['Couldn\\u0027t decode', "couldn't decode"],
    ["Couldn\\'t decode", "couldn't decode"],
    ['a \\u003E b \\u003D c', 'a > b = c'],
    ['"Quota exceeded"', 'quota exceeded'],
  ])('%j → %j', (input, expected) => expect(normaliseMessage(input)).toBe(expected));
});

describe('readPastedQuery', () => {
  test('a raw response: status from the status line, message from the JSON body', () => {
    const query = readPastedQuery(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{\n    "error": "Quota exceeded"\n}',
    );
    expect(query.status).toBe(403);
    expect(query.candidates[0]).toBe('Quota exceeded');
  });
  test('a Gateway API body', () => {
    expect(readPastedQuery('{"status":"error","message":"API not found"}').candidates[0]).toBe('API not found');
  });
  test('a status before the body', () => {
    const query = readPastedQuery('403 {"error": "Key not authorised"}');
    expect(query.status).toBe(403);
    expect(query.candidates[0]).toBe('Key not authorised');
  });
  test('a body escaped by the proxy error template (Go JSEscapeString)', () => {
    expect(readPastedQuery('{\n    "error": "Can\\\'t detect loop target"\n}').candidates[0]).toBe("Can't detect loop target");
  });
  test('a body that is not quite JSON', () => {
    expect(readPastedQuery('{"error": "Key not authorised",}').candidates[0]).toBe('Key not authorised');
  });
});

describe('findExactMatches', () => {
  test('exact messages, in any case and spelling', () => {
    expect(first('Quota exceeded')).toBe('/403/Quota exceeded/');
    expect(first('quota EXCEEDED.')).toBe('/403/Quota exceeded/');
    expect(first('This organization quota has been exceeded, please contact your API administrator')).toBe(
      '/403/This organisation quota has been exceeded, please contact your API administrator/',
    );
  });
  test('a status in the paste picks among entries with the same message; else the more widely sent comes first', () => {
    expect(first('HTTP/1.1 401 Unauthorized\n\n{"error": "Key not authorised"}')).toBe('/401/Key not authorised/');
    expect(first('403 {"error": "Key not authorised"}')).toBe('/403/Key not authorised/');
    expect(findExactMatches('Key not authorised', table).map((match) => match.row.status)).toEqual([403, 401]);
  });
  test('a literal message beats a pattern that also matches', () => {
    expect(first('Key not authorized: Unexpected signing method')).toBe('/403/Key not authorized: Unexpected signing method/');
    expect(first('Key not authorized: token is expired')).toBe('/401/Key not authorized: %s/');
  });
  test('the same case wins over another case', () => {
    expect(first('{"status":"error","message":"Request malformed"}')).toBe('/400/Request malformed/');
    expect(first('{"status":"error","message":"request malformed"}')).toBe('/400/request malformed/');
  });
  test('format verbs match filled-in values', () => {
    expect(first('{"error": "Certificate with SHA256 0a1b2c3d not allowed"}')).toBe(
      '/403/Certificate with SHA256 %s not allowed/',
    );
  });
  test('older documented wordings find the entry, flagged as such', () => {
    const [match] = findExactMatches('Key is not active, please renew', table);
    expect(match?.row.message).toBe('Key is inactive, please renew');
    expect(match?.viaOldWording).toBe(true);
    expect(findExactMatches('Key is inactive, please renew', table)[0]?.viaOldWording).toBe(false);
    expect(first('Certificate with SHA256 $certID not allowed')).toBe('/403/Certificate with SHA256 %s not allowed/');
  });
  test('partial phrases are not exact matches', () => {
    expect(findExactMatches('Quota', table)).toEqual([]);
    expect(findExactMatches('not authorised', table)).toEqual([]);
  });
});
