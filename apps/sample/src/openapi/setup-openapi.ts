import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Where the Swagger UI is served; the document itself is at `${OPENAPI_PATH}-json` (and -yaml). */
export const OPENAPI_PATH = 'docs';

/**
 * Serves the OpenAPI document of every controller: the Swagger UI at /docs, the JSON at
 * /docs-json. The document is built on its first request, from the @Api* decorators of the
 * controllers and DTOs (the app is compiled by tsc, without the @nestjs/swagger CLI plugin, so
 * every property and body is annotated explicitly).
 */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('monotable shop')
    .setDescription(
      'A shop on one DynamoDB table. Money is in cents; lists answer { items, cursor }. Every ' +
        'response reports its DynamoDB requests in X-DynamoDB-Requests and X-DynamoDB-Operations.',
    )
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup(OPENAPI_PATH, app, () => SwaggerModule.createDocument(app, config));
}
