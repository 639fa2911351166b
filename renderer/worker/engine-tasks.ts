import { goalSeek, type GoalSeekRequest, type GoalSeekResult } from '../../projection/goal-seek';
import type { Task } from './task-protocol';

/**
 * The engine work the page runs off the UI thread (engine.worker.ts serves these). Each is a pure
 * function of projection/ on structured-cloneable input: no closures or class instances cross.
 * Goal seek runs the model for a hundred-odd values of one assumption.
 */
export const ENGINE_TASKS = {
  goalSeek: ((request) => goalSeek(request)) as Task<GoalSeekRequest, GoalSeekResult>,
};

export type EngineTasks = typeof ENGINE_TASKS;
