import { describe, expect, it } from 'vitest';
import { decideLocale, localeFromPath, localeFromText, normalizeLocale } from './locale.js';

describe('locale', () => {
  it('normalises declared tags to BCP 47', () => {
    expect(normalizeLocale('pt_BR')).toBe('pt-BR');
    expect(normalizeLocale('zh-cn')).toBe('zh-CN');
    expect(normalizeLocale('zh_Hant')).toBe('zh-TW');
    expect(normalizeLocale('ja')).toBe('ja');
    expect(normalizeLocale('en_US.UTF-8')).toBe('en-US');
    expect(normalizeLocale('not a tag')).toBeNull();
  });

  it('finds a locale named in a path, not in unrelated segments', () => {
    expect(localeFromPath('/x/pt-br_3.12_po_python.po')).toBe('pt-BR');
    expect(localeFromPath('/docs/ja/3.12/library/audit_events.html')).toBe('ja');
    expect(localeFromPath('zh-tw_3.12.4_html_x.html')).toBe('zh-TW');
    expect(localeFromPath('/docs/pt/library/audit.txt')).toBe('pt-BR');
    expect(localeFromPath('/seeds/000_9493f53802cf7fa1.txt')).toBeNull();
    expect(localeFromPath('/home/me/library/audit_events.html')).toBeNull();
  });

  it('reads the language of the text: script first, then function words', () => {
    expect(localeFromText('監査イベント表', ['This table contains all events raised by sys.audit() calls.'])).toBe('ja');
    expect(localeFromText('감사 이벤트 표', [])).toBe('ko');
    expect(localeFromText('审计事件表', ['下表包含了在整个 CPython 运行时和标准库中由 sys.audit() 调用所引发的全部事件。'])).toBe('zh-CN');
    expect(localeFromText('稽核事件表', ['這張表包含了所有在 CPython 運行環境與標準函式庫對於 sys.audit() 的呼叫。'])).toBe('zh-TW');
    expect(localeFromText('Tabela de eventos de auditoria', ['Esta tabela contém todos os eventos levantados por chamadas de sys.audit().'])).toBe('pt-BR');
    expect(localeFromText("Table des évènements d'audit", ['Cette table contient tous les évènements levés par les appels de sys.audit().'])).toBe('fr');
    expect(localeFromText('Tabla de eventos de auditoría', ['Esta tabla contiene todos los eventos generados por las llamadas a sys.audit().'])).toBe('es');
    expect(localeFromText('Audit events table', ['This table contains all events raised by sys.audit() or PySys_Audit() calls.'])).toBe('en');
    expect(localeFromText('Таблиця подій аудиту', ['Ця таблиця містить усі події'])).toBe('uk');
    expect(localeFromText(null, ['x.y'])).toBeNull();
  });

  it('prefers the declared locale, then the text, then the path', () => {
    expect(decideLocale({ declared: 'zh_TW', title: 'Audit events table', paragraphs: [], path: 'ja/x.html' })).toEqual({ locale: 'zh-TW', source: 'declared' });
    expect(decideLocale({ declared: null, title: '감사 이벤트 표', paragraphs: [], path: 'ja/x.html' })).toEqual({ locale: 'ko', source: 'text' });
    expect(decideLocale({ declared: null, title: '事件表', paragraphs: [], path: 'zh-tw/x.html' })).toEqual({ locale: 'zh-TW', source: 'path' });
    expect(decideLocale({ declared: null, title: null, paragraphs: [], path: 'fr/x.txt' })).toEqual({ locale: 'fr', source: 'path' });
    expect(decideLocale({ declared: null, title: null, paragraphs: [], path: undefined })).toBeNull();
  });
});
