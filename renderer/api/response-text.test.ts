import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { responseText, SNAPSHOT_ACCEPT } from './response-text';

const TEXT = '{"title":"監査イベント表","rows":[1,2,3]}';

describe('responseText', () => {
  it('unpacks a snapshot sent as the gzip file of its JSON', async () => {
    const packed = new Response(gzipSync(Buffer.from(TEXT, 'utf8')), { headers: { 'Content-Type': 'application/gzip' } });
    expect(await responseText(packed)).toBe(TEXT);
  });

  it('reads JSON (and anything else) as UTF-8 text as it came', async () => {
    const plain = new Response(Buffer.from(TEXT, 'utf8'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    expect(await responseText(plain)).toBe(TEXT);
    expect(await responseText(new Response('not found', { status: 404 }))).toBe('not found');
  });

  it('asks for gzipped lines, then the gzip file, where the page can unpack them, JSON otherwise', () => {
    expect(SNAPSHOT_ACCEPT).toBe(
      typeof DecompressionStream === 'function'
        ? 'application/vnd.doctable.snapshot-lines+gzip, application/gzip;q=0.9, application/json;q=0.8'
        : 'application/json',
    );
  });
});
