/**
 * Runs async tasks one after another. Every change to the library's state goes through one queue, so an open,
 * a batch of file events and a folder coming back never interleave halfway through.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // A failed task must not stop the ones queued after it; its caller still sees the failure.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
