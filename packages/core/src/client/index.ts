export * from './monotable';
