import { useEffect, useMemo, useState } from 'react';
import type { DocRef } from '../../electron/shared/model';
import type { DocTableApi } from '../../electron/shared/api';
import { isRelativeTarget } from '../../electron/shared/ref-target';

export type ResolveLocalRef = DocTableApi['resolveLocalRef'];

const NONE: ReadonlyMap<string, string> = new Map();

interface Answer {
  question: object;
  urls: ReadonlyMap<string, string>;
}

/**
 * Target → local file: URL, for the references of one row whose page the host finds beside the file (targets it
 * does not find are absent: they keep their docs.python.org link). Asked again whenever `epoch` changes (the
 * library's files), since a page may have appeared or gone; an answer to an earlier question is never shown.
 */
export function useLocalReferences(
  resolve: ResolveLocalRef | undefined,
  fileId: string | null,
  refs: readonly DocRef[],
  epoch: unknown,
): ReadonlyMap<string, string> {
  const targetsKey = JSON.stringify([...new Set(refs.map((ref) => ref.target).filter(isRelativeTarget))]);
  // One object per distinct question (epoch included: it is a change signal, not a value read), so a late answer
  // can be told from the current one.
  const question = useMemo(() => ({ fileId, targetsKey, epoch }), [fileId, targetsKey, epoch]);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    const targets = JSON.parse(question.targetsKey) as string[];
    const id = question.fileId;
    if (resolve === undefined || id === null || targets.length === 0) return;
    let current = true;
    void Promise.all(targets.map((target) => resolve(id, target).catch(() => null))).then((found) => {
      if (!current) return;
      const urls = new Map<string, string>();
      found.forEach((url, index) => {
        if (url !== null) urls.set(targets[index]!, url);
      });
      setAnswer({ question, urls });
    });
    return () => {
      current = false;
    };
  }, [resolve, question]);

  return answer !== null && answer.question === question ? answer.urls : NONE;
}
