export * from './wire-codec';
