import { readShopSettings } from './shop-settings';

describe('readShopSettings', () => {
  test('with nothing set: the seeded in-process engine on 127.0.0.1:3000', () => {
    expect(readShopSettings({})).toMatchObject({
      backend: 'memory',
      tableName: 'monotable-shop',
      host: '127.0.0.1',
      port: 3000,
      seed: true,
    });
  });

  test('DYNAMODB_ENDPOINT switches to that DynamoDB, unseeded unless SEED=true', () => {
    const env = { DYNAMODB_ENDPOINT: 'http://localhost:8000', PORT: '0', TABLE_NAME: 'shop' };
    expect(readShopSettings(env)).toMatchObject({
      backend: 'endpoint',
      endpoint: 'http://localhost:8000',
      tableName: 'shop',
      port: 0,
      seed: false,
    });
    expect(readShopSettings({ ...env, SEED: 'true' }).seed).toBe(true);
  });

  test('HOST chooses the interface: every one, IPv6 loopback, or a host name', () => {
    expect(readShopSettings({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(readShopSettings({ HOST: '::1' }).host).toBe('::1');
    expect(readShopSettings({ HOST: ' shop.internal ' }).host).toBe('shop.internal');
    expect(readShopSettings({ HOST: '' }).host).toBe('127.0.0.1');
  });

  test('DYNAMODB_BACKEND=aws uses the AWS configuration', () => {
    expect(readShopSettings({ DYNAMODB_BACKEND: 'aws', AWS_REGION: 'eu-west-1' })).toMatchObject({
      backend: 'aws',
      region: 'eu-west-1',
      seed: false,
    });
  });

  test('mistakes are refused with the accepted values', () => {
    expect(() => readShopSettings({ DYNAMODB_BACKEND: 'dynamo' })).toThrow(
      "DYNAMODB_BACKEND is 'dynamo'; use memory, endpoint or aws",
    );
    expect(() => readShopSettings({ DYNAMODB_BACKEND: 'endpoint' })).toThrow(
      /needs DYNAMODB_ENDPOINT/,
    );
    expect(() => readShopSettings({ PORT: 'http' })).toThrow("PORT is 'http'; use 0–65535");
    expect(() => readShopSettings({ HOST: 'http://localhost' })).toThrow(
      "HOST is 'http://localhost'; use an IP address or a host name",
    );
    expect(() => readShopSettings({ SEED: 'maybe' })).toThrow("SEED is 'maybe'; use true or false");
  });
});
