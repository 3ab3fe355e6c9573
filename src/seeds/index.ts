// The default catalog: the three documents this product was created from, shipped with the app.
import type { SourceDocument } from '../domain/types';
import mod705 from './000_324099fa0a78e612.txt?raw';
import mod805 from './001_c91d14ddef669138.txt?raw';
import mod807 from './003_43fa2437df223727.txt?raw';

export const SEED_DOCUMENTS: SourceDocument[] = [
  { path: 'seeds/000_324099fa0a78e612.txt', text: mod705 },
  { path: 'seeds/001_c91d14ddef669138.txt', text: mod805 },
  { path: 'seeds/003_43fa2437df223727.txt', text: mod807 },
];
