it('probe', () => {
  console.log({
    fetch: typeof fetch, Response: typeof Response, Headers: typeof Headers, Request: typeof Request,
    TextEncoder: typeof TextEncoder, matchMedia: typeof window.matchMedia, RO: typeof ResizeObserver,
    AbortController: typeof AbortController, structuredClone: typeof structuredClone,
  });
});
