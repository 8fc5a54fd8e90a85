export { getMonotableToken, getRepositoryToken } from './monotable.tokens';
export { InjectMonotable, InjectRepository } from './monotable.decorators';
