import { BriefsDatabase } from './database';

/** The app's one connection; tests make their own BriefsDatabase instead. */
export const appDatabase = new BriefsDatabase();
