import type { OrderStatus } from '../model';

/** The demo shop `npm start` serves: readable ids, so the printed curl commands work. */
export const DEMO_PRODUCTS = [
  { sku: 'anvil', name: 'Anvil, 50 kg', category: 'tools', price: 12900, stock: 12 },
  { sku: 'hammer', name: 'Claw hammer', category: 'tools', price: 1990, stock: 40 },
  { sku: 'tongs', name: 'Forge tongs', category: 'tools', price: 2450, stock: 25 },
  { sku: 'apron', name: 'Leather apron', category: 'clothing', price: 3900, stock: 15 },
  { sku: 'gloves', name: 'Heat-resistant gloves', category: 'clothing', price: 1450, stock: 1 },
];

export const DEMO_CUSTOMERS = [
  { id: 'ada', email: 'ada@example.com', name: 'Ada Lovelace' },
  { id: 'grace', email: 'grace@example.com', name: 'Grace Hopper' },
];

export const DEMO_ADDRESSES = [
  {
    customerId: 'ada',
    label: 'home',
    street: '12 St James Square',
    city: 'London',
    postalCode: 'SW1Y 4JH',
    country: 'GB',
  },
  {
    customerId: 'grace',
    label: 'work',
    street: '1 Navy Yard',
    city: 'Arlington',
    postalCode: '22202',
    country: 'US',
  },
];

/** Placed in this order, so the last one is each customer's newest. */
export const DEMO_ORDERS: Array<{
  customerId: string;
  lines: Array<{ sku: string; quantity: number }>;
  status: OrderStatus;
}> = [
  {
    customerId: 'ada',
    lines: [
      { sku: 'anvil', quantity: 1 },
      { sku: 'hammer', quantity: 2 },
    ],
    status: 'delivered',
  },
  { customerId: 'grace', lines: [{ sku: 'apron', quantity: 1 }], status: 'shipped' },
  {
    customerId: 'ada',
    lines: [
      { sku: 'tongs', quantity: 1 },
      { sku: 'apron', quantity: 1 },
    ],
    status: 'paid',
  },
  { customerId: 'ada', lines: [{ sku: 'hammer', quantity: 1 }], status: 'placed' },
];
