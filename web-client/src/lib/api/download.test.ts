import { describe, expect, it } from 'vitest';
import { contentDispositionName } from './download';

describe('contentDispositionName', () => {
  it('prefers the UTF-8 name the API sends beside the ASCII one', () => {
    expect(
      contentDispositionName(
        `attachment; filename="transferkonzept-kuenstlerstadt-kalbe-v2.pdf"; filename*=UTF-8''transferkonzept-k%C3%BCnstlerstadt-v2.pdf`,
      ),
    ).toBe('transferkonzept-künstlerstadt-v2.pdf');
  });

  it('reads a plain name and gives none when the header names none', () => {
    expect(contentDispositionName('attachment; filename="reichweite.csv"')).toBe('reichweite.csv');
    expect(contentDispositionName('attachment')).toBeUndefined();
    expect(contentDispositionName(null)).toBeUndefined();
  });
});
