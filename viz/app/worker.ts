// The classroom app's Web Worker: the engine runs here, so the page never freezes.
import { expose } from 'comlink';
import { AppEngine } from './engine';
import { workerLife } from './workerLife';

// The engine, and the lock the page watches to learn the worker is gone (workerLife.ts).
expose(Object.assign(new AppEngine(), workerLife));
