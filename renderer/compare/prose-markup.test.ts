import { describe, expect, it } from 'vitest';
import { plainProseText } from './prose-markup';
import { corpusFile } from './test-support/corpus';

describe('plainProseText', () => {
  it('drops the Sphinx text builder’s quotes around code and its bold labels', () => {
    expect(
      plainProseText('This table contains all events raised by "sys.audit()" or "PySys_Audit()" calls (see **PEP 578**).', 'sphinx-text-collapsed'),
    ).toBe('This table contains all events raised by sys.audit() or PySys_Audit() calls (see PEP 578).');
    expect(plainProseText('**CPython 实现细节：** 此表是根据 CPython 文档生成的', 'sphinx-text')).toBe('CPython 实现细节： 此表是根据 CPython 文档生成的');
    // Quotes around prose, not code, stay.
    expect(plainProseText('He said "two words" here and *really* meant it.', 'sphinx-text')).toBe('He said "two words" here and really meant it.');
  });

  it('reduces Markdown links, code spans and bold to their text', () => {
    expect(
      plainProseText(
        '由 [`sys.audit()`](sys.md#sys.audit "sys.audit") 或 [`PySys_Audit()`](../c-api/sys.md#c.PySys_Audit "PySys_Audit") 调用 (参见 [**PEP 578**](https://peps.python.org/pep-0578/))。',
        'markdown',
      ),
    ).toBe('由 sys.audit() 或 PySys_Audit() 调用 (参见 PEP 578)。');
    expect(plainProseText('a\\_b and 2 \\* 3', 'markdown')).toBe('a_b and 2 * 3');
  });

  it('renders reST roles the way Sphinx does, in the reST source and in catalogs', () => {
    expect(plainProseText('raised by :func:`sys.audit` or :c:func:`PySys_Audit` calls (see :pep:`578`).', 'rst')).toBe(
      'raised by sys.audit() or PySys_Audit() calls (see PEP 578).',
    );
    expect(plainProseText('Voir :func:`~sys.addaudithook` et :ref:`la table <audit-events>`, ``literal`` et :rfc:`2822`.', 'po')).toBe(
      'Voir addaudithook() et la table, literal et RFC 2822.',
    );
    expect(plainProseText(':meth:`socket.socket.connect()` and :data:`sys.argv`', 'po')).toBe('socket.socket.connect() and sys.argv');
  });

  it('leaves text from formats without markup as it is', () => {
    const text = 'See sys.addaudithook() and "PySys_AddAuditHook()" with **stars** and :func:`x`.';
    expect(plainProseText(text, 'html')).toBe(text);
    expect(plainProseText(text, 'browser-text')).toBe(text);
  });

  it('leaves no markup in the page text of the corpus files that carry it', () => {
    for (const name of ['seeds/002_', 'seeds/003_', 'seeds/004_', 'real/zh-cn_3.10.12_sphinx-text', 'real/en_3.11.0_rst', 'real/fr_3.13_po', 'real/ja_3.11_po']) {
      const file = corpusFile(name);
      for (const block of file.model!.prose) {
        for (const text of [block.text, block.source ?? '']) {
          const plain = plainProseText(text, file.model!.format);
          expect(plain, `${name}: ${text}`).not.toMatch(/\*\*|``|:[a-z:]+:`|\]\(|"[\w.]+\(\)"/);
        }
      }
    }
  });
});
