import { describeEachBackend } from '@monotable/testing';
import { readmeAccessPatterns } from './support/readme-access-patterns';
import { useShopApp } from './support/shop-test-app';

interface Operation {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content: { 'application/json': { schema: { $ref: string } } } };
  responses: Record<string, unknown>;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }>;
  };
}

/** `GET /customers/:id?include=x` and `GET /customers/{customerId}` both as `GET /customers/{}`. */
function route(method: string, path: string): string {
  const withoutQuery = path.split(/[?\s]/)[0];
  return `${method.toUpperCase()} ${withoutQuery.replace(/:\w+|\{\w+\}/g, '{}')}`;
}

/** Every operation of the document, by route. */
function operations(document: OpenApiDocument): Map<string, Operation> {
  const found = new Map<string, Operation>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      found.set(route(method, path), operation);
    }
  }
  return found;
}

// The document does not depend on the engine: the in-process one is enough.
describeEachBackend(
  'the OpenAPI document at /docs',
  (backend) => {
    const shop = useShopApp(backend);
    let document: OpenApiDocument;

    beforeAll(async () => {
      document = (await shop().http().get('/docs-json').expect(200)).body;
    });

    test('lists every route: the README endpoints and /health, nothing else', () => {
      const documented = readmeAccessPatterns().map((row) => {
        const [method, path] = row.endpoint.split(' ');
        return route(method, path);
      });
      expect([...operations(document).keys()].sort()).toEqual(
        [...new Set(documented), 'GET /health'].sort(),
      );
      expect(document.openapi).toMatch(/^3\./);
    });

    test('every POST and PATCH has a JSON body schema whose properties are the DTO fields', () => {
      const bodies = Object.fromEntries(
        [...operations(document)]
          .filter(([name]) => /^(POST|PATCH) /.test(name))
          .map(([name, operation]) => {
            const ref = operation.requestBody?.content['application/json'].schema.$ref ?? '';
            const schema = document.components.schemas[ref.replace('#/components/schemas/', '')];
            return [name, Object.keys(schema?.properties ?? {}).sort()];
          }),
      );
      expect(bodies).toEqual({
        'POST /customers': ['email', 'name'],
        'PATCH /customers/{}': ['email', 'name'],
        'POST /customers/{}/addresses': ['city', 'country', 'label', 'postalCode', 'street'],
        'POST /customers/{}/orders': ['lines'],
        'PATCH /customers/{}/orders/{}': ['status'],
        'POST /products': ['category', 'name', 'price', 'sku', 'stock'],
        'POST /products/{}/restock': ['quantity'],
      });
      expect(document.components.schemas.OrderLineDto.required).toEqual(['sku', 'quantity']);
    });

    test('query strings, path ids and If-Match are parameters', () => {
      const parameters = (name: string) =>
        (operations(document).get(name)?.parameters ?? []).map((p) => `${p.in}:${p.name}`);
      expect(parameters('GET /customers/{}/orders')).toEqual([
        'path:customerId',
        'query:limit',
        'query:cursor',
        'query:status',
      ]);
      expect(parameters('GET /products')).toContain('query:category');
      expect(parameters('PATCH /customers/{}')).toEqual(['path:id', 'header:If-Match']);
    });

    test('responses name their schema: an entity, or a page of them', () => {
      const ok = (name: string) =>
        JSON.stringify(operations(document).get(name)?.responses['200'] ?? null);
      expect(ok('GET /customers/{}')).toContain('#/components/schemas/Customer');
      expect(ok('GET /products')).toMatch(
        /"items":\{"type":"array","items":\{"\$ref":"#\/components\/schemas\/Product"\}\}/,
      );
      expect(Object.keys(operations(document).get('GET /health')!.responses).sort()).toEqual([
        '200',
        '503',
      ]);
    });

    test('the Swagger UI is served at /docs', async () => {
      const response = await shop().http().get('/docs').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('Swagger UI');
    });
  },
  ['memory'],
);
