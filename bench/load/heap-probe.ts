// Preloaded into the app by the load run (`node --import`): every LOAD_HEAP_EVERY_MS, a full
// garbage collection and the heap still in use after it, appended to LOAD_HEAP_FILE. RSS shows how
// far V8 lets garbage grow before it collects; the heap after a full collection is what the app keeps.
import { appendFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';

const file = process.env.LOAD_HEAP_FILE;
const every = Number(process.env.LOAD_HEAP_EVERY_MS);
if (file && every > 0) {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  setInterval(() => {
    gc();
    appendFileSync(file, `${Date.now()} ${process.memoryUsage().heapUsed}\n`);
  }, every).unref();
}
