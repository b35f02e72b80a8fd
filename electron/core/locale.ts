/**
 * The page's language as a BCP 47 tag: what the file declares (<html lang>, the .po Language header), else
 * what its own text is written in (the title first: a page may keep an untranslated English paragraph), else a
 * locale named in its path.
 *
 * Text is told apart by script (kana → ja, Hangul → ko, Han → zh with simplified/traditional told by the
 * characters that differ, Cyrillic, Greek) and, for Latin-script text, by frequent function words.
 */

export interface LocaleGuess {
  locale: string;
  /** What decided it, for diagnostics and tests. */
  source: 'declared' | 'text' | 'path';
  /** The declared interface language, where the text shows the content is in another. */
  uiLocale?: string;
}

/** Languages docs.python.org is (or was) published in, to recognise a locale in a path. */
const DOC_LANGUAGES = new Set([
  'en', 'fr', 'ja', 'ko', 'pt', 'zh', 'es', 'it', 'tr', 'pl', 'id', 'uk', 'el', 'de', 'ru', 'hu', 'nl', 'ro',
  'bn', 'fa', 'ar', 'he', 'hi', 'vi', 'th', 'cs', 'sv', 'ca', 'da', 'fi', 'nb', 'ka', 'lt', 'sr', 'mr', 'ne',
]);

/**
 * Region-less codes that stand for one translation: Portuguese docs are the Brazilian translation
 * (python-docs-pt-br), Chinese is told apart by script before this applies.
 */
const DEFAULT_REGION: Readonly<Record<string, string>> = { pt: 'pt-BR' };

/** "pt_BR" → "pt-BR", "zh-cn" → "zh-CN", "zh-Hant" → "zh-TW"; null when not a language tag. */
export function normalizeLocale(tag: string): string | null {
  const cleaned = tag.trim().replace(/_/g, '-').split('.')[0]!.split('@')[0]!;
  if (cleaned === '') return null;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(cleaned)[0] ?? '';
  } catch {
    return null;
  }
  if (/^zh-Hans/i.test(canonical)) return 'zh-CN';
  if (/^zh-Hant/i.test(canonical)) return 'zh-TW';
  return canonical === '' ? null : canonical;
}

export function localeFromPath(path: string): string | null {
  const segments = path.split(/[\\/]/).filter((segment) => segment !== '');
  const candidates: string[] = [];
  const base = segments[segments.length - 1];
  if (base) candidates.push(base.split(/[_.\s]/)[0]!);
  for (const segment of segments.slice(0, -1).reverse()) candidates.push(segment);
  for (const candidate of candidates) {
    const match = /^([a-z]{2})(?:[-_]([a-z]{2}|hans|hant))?$/i.exec(candidate);
    if (!match || !DOC_LANGUAGES.has(match[1]!.toLowerCase())) continue;
    const locale = normalizeLocale(candidate);
    if (locale) return DEFAULT_REGION[locale] ?? locale;
  }
  return null;
}

function count(text: string, test: (code: number) => boolean): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) if (test(text.charCodeAt(i))) found++;
  return found;
}

const isKana = (code: number): boolean => code >= 0x3040 && code <= 0x30ff;
const isHangul = (code: number): boolean =>
  (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f);
const isHan = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const isCyrillic = (code: number): boolean => code >= 0x0400 && code <= 0x04ff;
const isGreek = (code: number): boolean => code >= 0x0370 && code <= 0x03ff;
const isLatinLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);

/** Common characters whose simplified and traditional forms differ, pairwise. */
const SIMPLIFIED =
  '这个们为时实现档说发关请阅处详细见调库录准标应对与来会数据问题体书语审计参论将从' +
  '产务么义于后间开动该认识运过还进门长无写读试错节级传统网页称类输态载览键项链码变' +
  '单击简缓释块备归尔层属图触';
const TRADITIONAL =
  '這個們為時實現檔說發關請閱處詳細見調庫錄準標應對與來會數據問題體書語審計參論將從' +
  '產務麼義於後間開動該認識運過還進門長無寫讀試錯節級傳統網頁稱類輸態載覽鍵項鏈碼變' +
  '單擊簡緩釋塊備歸爾層屬圖觸';

function chineseVariant(text: string): 'zh-CN' | 'zh-TW' | null {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (SIMPLIFIED.includes(char)) simplified++;
    else if (TRADITIONAL.includes(char)) traditional++;
  }
  if (simplified === traditional) return null;
  return simplified > traditional ? 'zh-CN' : 'zh-TW';
}

/** Frequent words that, together, single out one language among those the docs are translated into. */
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the', 'and', 'of', 'this', 'for', 'are', 'by', 'see', 'on', 'these', 'from', 'may', 'not', 'to', 'is',
    'all', 'or', 'calls', 'events', 'table', 'were',
  ],
  'pt-BR': [
    'de', 'da', 'do', 'dos', 'das', 'os', 'que', 'não', 'para', 'por', 'uma', 'são', 'é', 'veja', 'em', 'ou',
    'esta', 'eventos', 'tabela', 'pela', 'pelo', 'nenhuma', 'foram',
  ],
  fr: [
    'les', 'des', 'le', 'la', 'et', 'est', 'une', 'pour', 'par', 'dans', 'ces', 'sont', 'événements',
    'évènements', 'voir', 'aux', 'du', 'ou', 'cette', 'aucune',
  ],
  es: [
    'el', 'los', 'las', 'que', 'para', 'por', 'una', 'son', 'es', 'ver', 'en', 'del', 'esta', 'eventos',
    'tabla', 'ninguna', 'fueron',
  ],
  it: [
    'il', 'gli', 'della', 'delle', 'di', 'che', 'per', 'una', 'sono', 'eventi', 'tabella', 'vedi', 'questa',
    'dal', 'nessuna',
  ],
  de: [
    'der', 'die', 'das', 'und', 'ist', 'eine', 'für', 'von', 'nicht', 'sind', 'diese', 'tabelle', 'ereignisse',
    'siehe', 'oder', 'werden',
  ],
  tr: [
    've', 'bu', 'bir', 'için', 'ile', 'olay', 'tablo', 'olaylar', 'tarafından', 'değil', 'veya',
  ],
  pl: [
    'w', 'z', 'na', 'się', 'jest', 'nie', 'do', 'tabela', 'zdarzenia', 'przez', 'lub', 'są', 'ta',
  ],
  id: [
    'dan', 'yang', 'ini', 'untuk', 'dari', 'tabel', 'peristiwa', 'oleh', 'atau', 'tidak', 'semua',
  ],
};

function latinLanguage(text: string): string | null {
  const words = text.toLowerCase().split(/[^a-zà-ɏ]+/).filter((word) => word !== '');
  let best: string | null = null;
  let bestHits = 0;
  let secondHits = 0;
  for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
    const vocabulary = new Set(list);
    const hits = words.filter((word) => vocabulary.has(word)).length;
    if (hits > bestHits) {
      secondHits = bestHits;
      bestHits = hits;
      best = language;
    } else if (hits > secondHits) {
      secondHits = hits;
    }
  }
  return bestHits >= 2 && bestHits > secondHits ? best : null;
}

/** The language one piece of text is written in, or null when it does not tell. */
function languageOf(text: string): string | null {
  const kana = count(text, isKana);
  const hangul = count(text, isHangul);
  const han = count(text, isHan);
  if (kana > 0 && kana + han >= hangul) return 'ja';
  if (hangul > 0 && hangul >= han) return 'ko';
  if (han > 0) return chineseVariant(text) ?? 'zh';
  const cyrillic = count(text, isCyrillic);
  const greek = count(text, isGreek);
  const latin = count(text, isLatinLetter);
  if (cyrillic > latin && cyrillic > greek) return /[іїєґ]/i.test(text) ? 'uk' : 'ru';
  if (greek > latin) return 'el';
  return latinLanguage(text);
}

/**
 * The title decides when it is in a non-Latin script (a translated page keeps English in places, never the
 * other way round); otherwise title and paragraphs are read together. A bare "zh" is refined from the whole
 * text, then from the path.
 */
export function localeFromText(title: string | null, paragraphs: readonly string[]): string | null {
  const all = [title ?? '', ...paragraphs].join('\n');
  const fromTitle = title ? languageOf(title) : null;
  let language = fromTitle && fromTitle !== 'en' && !FUNCTION_WORDS[fromTitle] ? fromTitle : languageOf(all);
  if (language === 'zh') language = chineseVariant(all) ?? 'zh';
  return language;
}

export function decideLocale(options: {
  declared: string | null;
  title: string | null;
  paragraphs: readonly string[];
  path: string | undefined;
  /** The declared language is the build's interface language (HTML `<html lang>`), not necessarily the page's. */
  declaredIsInterface?: boolean;
  /** The text was decoded by an unsure guess or with replaced bytes: its script says nothing (decode.ts). */
  unreliableText?: boolean;
}): LocaleGuess | null {
  const declared = options.declared ? normalizeLocale(options.declared) : null;
  const fromText = options.unreliableText || hasReplacements(options) ? null : localeFromText(options.title, options.paragraphs);
  if (declared) {
    // A translated theme around an English (or other) page: the title and the text agree on another language.
    if (options.declaredIsInterface && fromText && baseLanguage(fromText) !== baseLanguage(declared)) {
      const fromTitle = options.title ? localeFromText(options.title, []) : null;
      if (fromTitle === fromText) return { locale: fromText, source: 'text', uiLocale: declared };
    }
    return { locale: declared, source: 'declared' };
  }
  const fromPath = options.path ? localeFromPath(options.path) : null;
  if (fromText === 'zh' && fromPath?.startsWith('zh-')) return { locale: fromPath, source: 'path' };
  if (fromText) return { locale: fromText, source: 'text' };
  return fromPath ? { locale: fromPath, source: 'path' } : null;
}

function baseLanguage(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/** U+FFFD in the title or prose: bytes the decoder could not read, whose neighbours are no evidence either. */
function hasReplacements(options: { title: string | null; paragraphs: readonly string[] }): boolean {
  return (options.title ?? '').includes('\uFFFD') || options.paragraphs.some((paragraph) => paragraph.includes('\uFFFD'));
}
