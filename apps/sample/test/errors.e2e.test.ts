import { Logger } from '@nestjs/common';
import { ScanNotAllowedError } from '@monotable/core';
import { describeEachBackend } from '@monotable/testing';
import { ProductsService } from '../src/products/products.service';
import { unique } from './support/shop-fixtures';
import { useShopApp } from './support/shop-test-app';

/** Nest's default JSON body limit, which the shop keeps. */
const BODY_LIMIT_BYTES = 100 * 1024;

describeEachBackend('every error answer carries a code', (backend) => {
  const shop = useShopApp(backend);
  const http = () => shop().http();

  test('malformed JSON is a 400 MALFORMED_JSON', async () => {
    const response = await http()
      .post('/customers')
      .set('Content-Type', 'application/json')
      .send('{"email": "ada@example.com", "name": ')
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'MALFORMED_JSON',
      message: expect.stringMatching(/^The request body is not valid JSON: /),
    });
  });

  test('a body over the limit is a 413 PAYLOAD_TOO_LARGE naming the limit, and writes nothing', async () => {
    const email = `${unique('big')}@example.com`;
    const name = 'x'.repeat(BODY_LIMIT_BYTES);
    const response = await http().post('/customers').send({ email, name }).expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining(`larger than the limit of ${BODY_LIMIT_BYTES} bytes`),
    });
    // The email is still free: the customer was never written.
    await http().post('/customers').send({ email, name: 'Ada' }).expect(201);
  });

  test('a body in an unsupported charset is a 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await http()
      .post('/customers')
      .set('Content-Type', 'application/json; charset=klingon')
      .send('{}')
      .expect(415);
    expect(response.body).toEqual({
      statusCode: 415,
      error: 'Unsupported Media Type',
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'unsupported charset "KLINGON"',
    });
  });

  test('an unknown route is a 404 ROUTE_NOT_FOUND, an unknown item still ITEM_NOT_FOUND', async () => {
    const path = await http().get('/customer/ada').expect(404);
    expect(path.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'ROUTE_NOT_FOUND',
      message: 'Cannot GET /customer/ada',
    });
    const method = await http().delete('/customers').expect(404);
    expect(method.body).toMatchObject({
      code: 'ROUTE_NOT_FOUND',
      message: 'Cannot DELETE /customers',
    });
    const item = await http().get('/customers/nobody').expect(404);
    expect(item.body).toMatchObject({ code: 'ITEM_NOT_FOUND' });
  });

  test('a path that is not valid percent-encoding is a 400 BAD_REQUEST', async () => {
    const response = await http().get('/customers/%E0%A4%A').expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      code: 'BAD_REQUEST',
      message: expect.any(String),
    });
  });

  test.each([
    ['an unexpected error', new Error('connect ECONNREFUSED 10.0.0.7:8000')],
    ['a monotable error without an HTTP meaning', new ScanNotAllowedError('Product')],
  ])('%s is a 500 INTERNAL_SERVER_ERROR that keeps its details to the log', async (_, error) => {
    const find = jest.spyOn(shop().app.get(ProductsService), 'find').mockRejectedValueOnce(error);
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const response = await http().get('/products/hammer').expect(500);
      expect(response.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Internal server error',
      });
      expect(log).toHaveBeenCalledWith(error.message, error.stack);
    } finally {
      find.mockRestore();
      log.mockRestore();
    }
  });
});
