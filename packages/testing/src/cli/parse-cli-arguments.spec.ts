import { parseCliArguments } from './parse-cli-arguments';

describe('parseCliArguments', () => {
  it('reads port, host and persist', () => {
    expect(parseCliArguments(['--port', '9000', '--persist', 'db.json'])).toEqual({
      port: 9000,
      host: '127.0.0.1',
      persist: 'db.json',
      help: false,
    });
  });

  it('defaults to port 8000 and refuses a bad port', () => {
    expect(parseCliArguments([]).port).toBe(8000);
    expect(() => parseCliArguments(['--port', 'x'])).toThrow('--port must be an integer between 0 and 65535, got "x"');
  });
});
