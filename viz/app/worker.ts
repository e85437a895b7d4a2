// The classroom app's Web Worker: the engine runs here, so the page never freezes.
import { expose } from 'comlink';
import { AppEngine } from './engine';

expose(new AppEngine());
