import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Code, PageText, localeTag } from './pageText';

afterEach(cleanup);

describe('page text', () => {
  it('turns a file locale into a lang tag, and nothing for an unknown one', () => {
    expect(localeTag('pt_BR')).toBe('pt-BR');
    expect(localeTag('zh_Hant_TW')).toBe('zh-Hant-TW');
    expect(localeTag('fa')).toBe('fa');
    expect(localeTag('ar_EG.UTF-8')).toBe('ar-EG');
    expect(localeTag(null)).toBeUndefined();
    expect(localeTag('not a locale!')).toBeUndefined();
  });

  it('marks page text with its language and dir="auto", and code as left to right', () => {
    const { container } = render(
      <PageText lang="fa">
        رویداد <Code>os.open</Code>
      </PageText>,
    );
    const text = container.querySelector('span')!;
    expect(text.getAttribute('lang')).toBe('fa');
    expect(text.getAttribute('dir')).toBe('auto');
    expect(text.querySelector('code')!.getAttribute('dir')).toBe('ltr');
  });
});
