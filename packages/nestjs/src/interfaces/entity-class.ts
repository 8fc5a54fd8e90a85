/** A class decorated with `@Entity()`. */
export type EntityClass<T extends object = any> = new (...args: any[]) => T;
