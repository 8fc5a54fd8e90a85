import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isDocumentClient, toDocumentClient } from './document-client';

describe('isDocumentClient', () => {
  const client = new DynamoDBClient({ region: 'local', endpoint: 'http://127.0.0.1:1' });
  afterAll(() => client.destroy());

  test('a plain client is wrapped; a DocumentClient or DynamoDBDocument is used as given', () => {
    const documentClient = DynamoDBDocumentClient.from(client);
    const document = DynamoDBDocument.from(client);
    expect(isDocumentClient(client)).toBe(false);
    expect(toDocumentClient(client)).toBeInstanceOf(DynamoDBDocumentClient);
    expect(toDocumentClient(documentClient)).toBe(documentClient);
    expect(toDocumentClient(document)).toBe(document);
  });

  test('a DocumentClient of another copy of @aws-sdk/lib-dynamodb is recognised without instanceof', () => {
    // What a second copy of the package looks like from here: a different class, same name.
    const OtherCopy = {
      DynamoDBDocumentClient: class DynamoDBDocumentClient extends DynamoDBClient {},
    };
    const foreign = new OtherCopy.DynamoDBDocumentClient({ region: 'local' });
    expect(foreign instanceof DynamoDBDocumentClient).toBe(false);
    expect(isDocumentClient(foreign as never)).toBe(true);
    expect(toDocumentClient(foreign as never)).toBe(foreign);
    foreign.destroy();
  });
});
