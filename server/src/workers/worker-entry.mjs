// A worker thread's entry (see pool.ts). The tasks are TypeScript like the rest of the server:
// tsx compiles them here too, whether or not the parent process was started through tsx.
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./tasks.ts');
export default runTask;
