import { matchKeyTemplates } from './match-key-templates';
import { parseKeyTemplate } from './parse-key-template';

const t = parseKeyTemplate;

describe('matchKeyTemplates', () => {
  it('pairs slots of templates with the same literals', () => {
    expect(matchKeyTemplates(t('CUSTOMER#{id}'), t('CUSTOMER#{customerId}'), true)).toEqual(
      new Map([['id', 'customerId']]),
    );
    expect(matchKeyTemplates(t('PROFILE'), t('PROFILE'), true)).toEqual(new Map());
  });

  it('refuses other literals, a slot facing a literal, or another segment count', () => {
    expect(matchKeyTemplates(t('CUSTOMER#{id}'), t('ORDER#{id}'), true)).toBeUndefined();
    expect(matchKeyTemplates(t('CUSTOMER#{id}'), t('CUSTOMER#ALL'), true)).toBeUndefined();
    expect(
      matchKeyTemplates(t('ORDER#{id}'), t('ORDER#{orderId}#LINE#{sku}'), true),
    ).toBeUndefined();
  });

  it('matches a leading part when not whole (nested keys)', () => {
    expect(matchKeyTemplates(t('ORDER#{id}'), t('ORDER#{orderId}#LINE#{sku}'), false)).toEqual(
      new Map([['id', 'orderId']]),
    );
    expect(matchKeyTemplates(t('PROFILE'), t('ORDER#{id}'), false)).toBeUndefined();
  });
});
