import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface ChunkInfo {
  fileName: string;
  code: string;
  imports: string[];
  isEntry: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Prints the JavaScript the first screen downloads (the entry chunk and everything it imports
 * statically, gzipped) and fails the build above the budget. Pages loaded on navigation
 * (routes.tsx `lazy`) are not part of it.
 */
export function initialJsBudget(budgetKb: number): Plugin {
  return {
    name: 'naltrack-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunks.set(output.fileName, output);
      }
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);

      const sizes = [...initial].map((fileName) => ({
        fileName,
        gzip: gzipSync(chunks.get(fileName)?.code ?? '').length,
      }));
      const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
      const lazy = [...chunks.values()].filter((chunk) => !initial.has(chunk.fileName));
      const lazyTotal = lazy.reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
      this.info(
        `initial route JavaScript: ${kb(total)} gzipped in ${sizes.length} chunks (budget ${budgetKb} KB); ` +
          `${lazy.length} chunks loaded on navigation: ${kb(lazyTotal)} gzipped`,
      );
      if (total > budgetKb * 1024) {
        this.error(
          `initial route JavaScript is ${kb(total)} gzipped, over the ${budgetKb} KB budget: ` +
            `load more of it with the route (routes.tsx lazy). ${sizes.map((s) => `${s.fileName} ${kb(s.gzip)}`).join(', ')}`,
        );
      }
    },
  };
}
