export { MonotableExceptionFilter } from './monotable-exception.filter';
export { httpStatusOf, toHttpException } from './to-http-exception';
