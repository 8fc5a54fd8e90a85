import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Monotable, Table } from '@monotable/core';
import { MemoryDynamoDB } from '@monotable/testing';
import { closeMonotableConnection } from './close-monotable-connection';

const SpecTable = new Table({ name: 'spec', partitionKey: 'PK', sortKey: 'SK' });

describe('closeMonotableConnection', () => {
  test('destroys the connection and the client it was given', () => {
    const client = new MemoryDynamoDB().createClient();
    const db = new Monotable({ client, table: SpecTable, entities: [] });
    const dbDestroy = jest.spyOn(db, 'destroy');
    const clientDestroy = jest.spyOn(client, 'destroy');
    closeMonotableConnection(db, client);
    expect(dbDestroy).toHaveBeenCalledTimes(1);
    expect(clientDestroy).toHaveBeenCalled();
  });

  test('for a DocumentClient, closes the request handler it shares with the wrapped client', () => {
    const client = new MemoryDynamoDB().createClient();
    const documentClient = DynamoDBDocumentClient.from(client);
    const handlerDestroy = jest.spyOn(client.config.requestHandler as any, 'destroy');
    closeMonotableConnection(
      new Monotable({ client: documentClient, table: SpecTable, entities: [] }),
      documentClient,
    );
    expect(handlerDestroy).toHaveBeenCalled();
  });
});
