export * from './capacity-units';
export * from './consumed-capacity';
