import type { EntityView } from './types';

/** The inline style giving an entity's rows and badges their colour (unknown types are grey). */
export function entityStyle(entity: EntityView | undefined): Record<string, string> {
  if (!entity) return { '--entity-bg': 'hsl(0 0% 94%)', '--entity-fg': 'hsl(0 0% 35%)' };
  return {
    '--entity-bg': `hsl(${entity.hue} 75% 93%)`,
    '--entity-fg': `hsl(${entity.hue} 65% 30%)`,
  };
}

/** A cell's text: strings as they are, everything else as JSON. */
export function cellText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
