export { checkRequestShape, REQUEST_SHAPES } from './request-shapes';
