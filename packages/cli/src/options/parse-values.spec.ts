import { collect, endpointUrl, positiveInteger } from './parse-values';

describe('option values', () => {
  it('reads whole numbers from 1', () => {
    expect(positiveInteger('8')).toBe(8);
    for (const bad of ['0', '-1', '1.5', 'four', '', '1e3']) {
      expect(() => positiveInteger(bad)).toThrow('Expected a whole number from 1.');
    }
  });

  it('accepts http(s) endpoints only', () => {
    expect(endpointUrl('http://localhost:8000')).toBe('http://localhost:8000');
    expect(endpointUrl('https://dynamodb.eu-west-1.amazonaws.com')).toBe(
      'https://dynamodb.eu-west-1.amazonaws.com',
    );
    expect(() => endpointUrl('localhost:8000')).toThrow('Expected an http:// or https:// URL.');
    expect(() => endpointUrl('not a url')).toThrow('Expected a URL such as http://localhost:8000.');
  });

  it('collects a repeated option', () => {
    expect(collect('b.js', collect('a.js', []))).toEqual(['a.js', 'b.js']);
  });
});
