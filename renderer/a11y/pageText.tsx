/**
 * Text taken from a translated page, marked for its language and direction: a right-to-left translation (Arabic,
 * Persian, Hebrew…) lays out right to left inside an English app, screen readers pick the page's voice, and
 * code inside (event names, arguments) stays left to right, isolated from the text around it.
 */
import type { ReactNode } from 'react';

/** "pt_BR" (gettext, Sphinx) → "pt-BR" (BCP 47, for lang); undefined where the file's locale is unknown. */
export function localeTag(locale: string | null | undefined): string | undefined {
  if (!locale) return undefined;
  const tag = locale.trim().replace(/_/g, '-').replace(/[.@].*$/, '');
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}

/** Page text: its language, and its direction from its own first strong letter (dir="auto"). */
export function PageText({ lang, className, children }: { lang: string | undefined; className?: string; children: ReactNode }) {
  return (
    <span className={className} lang={lang} dir="auto">
      {children}
    </span>
  );
}

/** Code (an event name, an identifier): left to right and isolated, whatever the text around it. */
export function Code({ className, title, children }: { className?: string; title?: string; children: ReactNode }) {
  return (
    <code className={className} title={title} dir="ltr">
      {children}
    </code>
  );
}
