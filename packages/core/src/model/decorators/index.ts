export * from './entity.decorator';
export * from './attribute.decorator';
export * from './generated.decorator';
export * from './unique.decorator';
export * from './lifecycle.decorators';
export * from './relation.decorators';
