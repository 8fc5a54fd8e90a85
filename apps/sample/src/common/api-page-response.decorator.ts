import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

/**
 * Documents the answer of a list endpoint, monotable's `Page<T>`: `{ items, cursor? }`.
 *
 * @example @ApiPageResponse(Order) list(...): Promise<Page<Order>>
 */
export function ApiPageResponse(model: Type<unknown>, description?: string): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      description,
      schema: {
        type: 'object',
        required: ['items'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(model) } },
          cursor: {
            type: 'string',
            description: 'Present when more items may follow: pass it back as ?cursor=',
          },
        },
      },
    }),
  );
}
