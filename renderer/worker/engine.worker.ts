import { ENGINE_TASKS } from './engine-tasks';
import { serveTasks, type TaskPort } from './task-protocol';

// The worker's global scope; typed as the port it is, as the web config has the DOM's types only.
serveTasks(ENGINE_TASKS, self as unknown as TaskPort);
