import { ConflictException } from '@nestjs/common';

/** 409 for an order whose products do not have the quantity in stock. */
export function outOfStock(skus: string[], cause: unknown): ConflictException {
  return new ConflictException(
    {
      statusCode: 409,
      error: 'Conflict',
      code: 'OUT_OF_STOCK',
      message: `Not enough stock for ${skus.join(', ')}; nothing was ordered`,
      skus,
    },
    { cause },
  );
}
