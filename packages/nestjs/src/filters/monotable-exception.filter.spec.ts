import { ItemNotFoundError, ScanNotAllowedError } from '@monotable/core';
import { HttpException, type ArgumentsHost, type HttpServer } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { MonotableExceptionFilter } from './monotable-exception.filter';

function hostOf(type: string, response: object = {}): ArgumentsHost {
  return { getType: () => type, getArgByIndex: () => response } as unknown as ArgumentsHost;
}

function fakeHttpAdapter() {
  return {
    reply: jest.fn(),
    isHeadersSent: () => false,
    end: jest.fn(),
  } as unknown as HttpServer & {
    reply: jest.Mock;
  };
}

describe('MonotableExceptionFilter', () => {
  test('replies over HTTP with the mapped status and body', () => {
    const adapter = fakeHttpAdapter();
    const response = {};
    new MonotableExceptionFilter(adapter).catch(
      new ItemNotFoundError('Customer', { id: '1' }),
      hostOf('http', response),
    );
    expect(adapter.reply).toHaveBeenCalledWith(
      response,
      expect.objectContaining({ statusCode: 404, code: 'ITEM_NOT_FOUND' }),
      404,
    );
  });

  test('leaves unmapped errors to Nest: logged, and 500 with the generic message', () => {
    const adapter = fakeHttpAdapter();
    const log = jest
      .spyOn((BaseExceptionFilter as any).logger, 'error')
      .mockImplementation(() => {});
    const error = new ScanNotAllowedError('Customer');
    new MonotableExceptionFilter(adapter).catch(error, hostOf('http'));
    expect(log).toHaveBeenCalledWith(error);
    log.mockRestore();
    expect(adapter.reply).toHaveBeenCalledWith(
      {},
      { statusCode: 500, message: 'Internal server error' },
      500,
    );
  });

  test('outside HTTP it rethrows the mapped HttpException for that context’s handler', () => {
    const filter = new MonotableExceptionFilter();
    let thrown: unknown;
    try {
      filter.catch(new ItemNotFoundError('Customer', { id: '1' }), hostOf('rpc'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HttpException);
    expect((thrown as HttpException).getStatus()).toBe(404);
  });
});
