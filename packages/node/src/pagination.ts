/** A page of a cursor-paginated list, walkable item by item with `for await`. */
export class Page<T> implements AsyncIterable<T> {
  constructor(
    readonly data: T[],
    readonly nextCursor: string | null,
    private readonly fetchNext: (cursor: string) => Promise<Page<T>>,
  ) {}

  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  async nextPage(): Promise<Page<T> | undefined> {
    return this.nextCursor === null ? undefined : this.fetchNext(this.nextCursor);
  }

  /** Every item of this page and all the pages after it. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    yield* this.data;
    let page = await this.nextPage();
    while (page) {
      yield* page.data;
      page = await page.nextPage();
    }
  }
}
