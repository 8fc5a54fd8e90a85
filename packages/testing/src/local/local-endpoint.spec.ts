import { assertLocalEndpoint } from './local-endpoint';
import { createLocalClient } from './local-client';

describe('assertLocalEndpoint', () => {
  test.each([
    'http://localhost:8000',
    'http://127.0.0.1:1234',
    'http://[::1]:8000',
    'https://LOCALHOST',
  ])('accepts %s', (endpoint) => {
    expect(() => assertLocalEndpoint(endpoint)).not.toThrow();
  });

  test.each([
    'https://dynamodb.us-east-1.amazonaws.com',
    'http://10.0.0.5:8000',
    'http://localhost.evil.com',
    'not a url',
  ])('refuses %s', (endpoint) => {
    expect(() => assertLocalEndpoint(endpoint)).toThrow(
      expect.objectContaining({ code: 'NON_LOCAL_ENDPOINT' }),
    );
  });

  test('createLocalClient refuses a non-local endpoint, also as a config override', () => {
    expect(() => createLocalClient('https://dynamodb.eu-west-1.amazonaws.com')).toThrow(
      /may only reach localhost/,
    );
    expect(() =>
      createLocalClient('http://127.0.0.1:8000', {
        endpoint: 'https://dynamodb.eu-west-1.amazonaws.com',
      }),
    ).toThrow(/may only reach localhost/);
  });
});
