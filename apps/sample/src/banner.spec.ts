import { readShopSettings } from './config';
import { banner, listeningUrl } from './banner';

describe('banner', () => {
  const settings = readShopSettings({});

  test('names the address the server is bound to, IPv6 in brackets', () => {
    expect(listeningUrl({ address: '127.0.0.1', family: 'IPv4', port: 3000 })).toBe(
      'http://127.0.0.1:3000',
    );
    expect(listeningUrl({ address: '::1', family: 'IPv6', port: 8080 })).toBe('http://[::1]:8080');
  });

  test('says who can connect, and uses the bound address in every example', () => {
    const loopback = banner({ address: '127.0.0.1', family: 'IPv4', port: 3000 }, settings, true);
    expect(loopback).toContain('listening on http://127.0.0.1:3000\n');
    expect(loopback).toContain('reachable from this machine only');
    expect(loopback).not.toContain('localhost');

    const everywhere = banner({ address: '::', family: 'IPv6', port: 3000 }, settings, true);
    expect(everywhere).toContain('listening on http://[::]:3000\n');
    expect(everywhere).toContain('reachable on every interface');
    expect(everywhere).toContain(`curl 'http://[::]:3000/customers/ada?include=addresses,orders'`);
    expect(everywhere).toContain(`curl 'http://[::]:3000/health'`);
    expect(everywhere).toContain('API documentation (OpenAPI): http://[::]:3000/docs');
  });
});
