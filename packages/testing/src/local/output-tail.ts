import type { Readable } from 'node:stream';

/**
 * Keeps the last few kilobytes a child process wrote, for error messages, and keeps reading
 * so the child never blocks on a full pipe.
 */
export class OutputTail {
  private text = '';

  constructor(private readonly limit = 8_192) {}

  follow(stream: Readable | null): void {
    if (stream === null) return;
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      this.text = (this.text + chunk).slice(-this.limit);
    });
  }

  toString(): string {
    return this.text.trim();
  }
}
