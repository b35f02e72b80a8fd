import { useCallback, useEffect, useRef, useState } from 'react';
import type { FolderListing } from '../../electron/shared/api';
import { errorMessage } from '../../electron/shared/error-message';
import { useRovingFocus } from '../a11y/useRovingFocus';

interface FolderBrowserProps {
  listFolder(path: string | null): Promise<FolderListing>;
  /** Folders opened lately, newest first. */
  recent: readonly string[];
  /** A folder was chosen (browsed into, or a place or recent one): it becomes the path to open. */
  onPick(path: string): void;
}

type Shown = Extract<FolderListing, { status: 'folder' }>;

/**
 * The folders the host may list (home, the folders already open), one level at a time, plus the recent ones.
 * Choosing a folder goes into it and puts its path in the box; Open opens it. The sub-folder list is one Tab
 * stop with arrow keys inside.
 */
export function FolderBrowser({ listFolder, recent, onPick }: FolderBrowserProps) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const request = useRef(0);
  const roving = useRovingFocus(shown?.folders.map((folder) => folder.path) ?? []);

  const browse = useCallback(
    (target: string | null) => {
      const asked = ++request.current;
      listFolder(target).then(
        (listing) => {
          if (asked !== request.current) return;
          if (listing.status === 'folder') {
            setShown(listing);
            setProblem(null);
          } else setProblem(listing.status === 'missing' ? `${listing.path} does not exist (any more).` : `${listing.path} is a file.`);
        },
        (reason: unknown) => asked === request.current && setProblem(errorMessage(reason)),
      );
    },
    [listFolder],
  );

  useEffect(() => browse(null), [browse]);

  const go = (target: string) => {
    onPick(target);
    browse(target);
  };

  return (
    <section className="folder-browser" aria-label="Browse folders">
      <div className="folder-places">
        <div role="group" aria-label="Places" className="folder-chips">
          {shown?.places.map((place) => (
            <button key={place.path} type="button" className="chip" title={place.path} onClick={() => go(place.path)}>
              {place.label}
            </button>
          ))}
        </div>
        {recent.length > 0 && (
          <div role="group" aria-label="Recent folders" className="folder-chips">
            <span className="folder-chips-label" aria-hidden="true">
              Recent:
            </span>
            {recent.map((folder) => (
              <button key={folder} type="button" className="chip" title={folder} onClick={() => go(folder)}>
                {folder.split(/[\\/]/).filter(Boolean).at(-1) ?? folder}
              </button>
            ))}
          </div>
        )}
      </div>
      {shown && (
        <div className="folder-current">
          <button
            type="button"
            className="button"
            disabled={shown.parent === null}
            onClick={() => shown.parent !== null && go(shown.parent)}
            aria-label="Up one folder"
            title={shown.parent ?? 'The folder above is outside what can be listed here'}
          >
            ↑ Up
          </button>
          <span className="folder-path" data-testid="browsed-folder">
            {shown.path}
          </span>
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {shown && (
        <ul className="folder-list" aria-label={`Folders in ${shown.path}`} onKeyDown={roving.onKeyDown}>
          {shown.folders.length === 0 && <li className="hint">No folders inside.</li>}
          {shown.folders.map((folder) => (
            <li key={folder.path}>
              <button
                ref={roving.itemRef(folder.path)}
                type="button"
                className="folder-entry"
                tabIndex={roving.tabIndexFor(folder.path)}
                onFocus={() => roving.onItemFocus(folder.path)}
                onClick={() => go(folder.path)}
              >
                {folder.name}
                <span aria-hidden="true" className="folder-entry-slash">
                  /
                </span>
              </button>
            </li>
          ))}
          {shown.truncated && <li className="hint">More folders than shown: type the name to narrow.</li>}
        </ul>
      )}
    </section>
  );
}
