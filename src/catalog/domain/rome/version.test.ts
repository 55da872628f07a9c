import { describe, expect, it } from 'vitest';
import { parseVersionText } from './version.ts';

const text = [
  'Numero de version : 57',
  '',
  'Date de publication : 03/02/2024',
  '',
  'Date de validation : 15/01/2024',
  '',
  'Titre/commentaire :  ROME 4.0 version 57 - essai',
  'Description : texte libre, avec des : deux-points.',
].join('\n');

describe('parseVersionText', () => {
  it('reads number, dates and title', () => {
    expect(parseVersionText(text, 'version.txt', '457')).toEqual({
      number: 57,
      fileSuffix: '457',
      title: 'ROME 4.0 version 57 - essai',
      publishedOn: '2024-02-03',
      validatedOn: '2024-01-15',
    });
  });

  it('accepts both dates on one line and an accented key', () => {
    const v = parseVersionText(
      'Numéro de version : 8\nDate de publication : 18/09/2025, date de validation : 27/08/2025',
      'version.txt',
      '408',
    );
    expect(v).toMatchObject({ number: 8, publishedOn: '2025-09-18', validatedOn: '2025-08-27', title: '' });
  });

  it('refuses a missing number, a missing or impossible date and a suffix mismatch, in French', () => {
    expect(() => parseVersionText('Date de publication : 01/01/2024', 'version.txt', '457')).toThrow(
      'version.txt : la ligne « Numero de version : … » est absente.',
    );
    expect(() => parseVersionText('Numero de version : 57', 'version.txt', '457')).toThrow(/Date de publication/);
    expect(() =>
      parseVersionText('Numero de version : 57\nDate de publication : 31/02/2024', 'version.txt', '457'),
    ).toThrow(/date invalide/);
    expect(() => parseVersionText(text, 'version.txt', '460')).toThrow(/annonce la version 57/);
  });
});
