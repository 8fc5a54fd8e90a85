import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

/** Registers a customer over HTTP and reads it back: proof that the app's connection works. */
export async function registerAndFetchCustomer(
  app: INestApplication,
  email = 'ada@example.com',
): Promise<Record<string, any>> {
  const created = await request(app.getHttpServer())
    .post('/customers')
    .send({ email, name: 'Ada' })
    .expect(201);
  expect(created.body).toMatchObject({ email, name: 'Ada', points: 0, version: 1 });
  const fetched = await request(app.getHttpServer())
    .get(`/customers/${created.body.id}`)
    .expect(200);
  expect(fetched.body).toMatchObject({ id: created.body.id, email, name: 'Ada' });
  return fetched.body;
}
