// Every locale Sitrep ships, one line each, sorted by tag after English; a locale is its file in
// this folder plus its line here.
export { default as en } from './en.ts';
export { default as ar } from './ar.ts';
export { default as cs } from './cs.ts';
export { default as da } from './da.ts';
export { default as de } from './de.ts';
export { default as el } from './el.ts';
export { default as es } from './es.ts';
export { default as fi } from './fi.ts';
export { default as fr } from './fr.ts';
export { default as hu } from './hu.ts';
export { default as it } from './it.ts';
export { default as ja } from './ja.ts';
export { default as lt } from './lt.ts';
export { default as mk } from './mk.ts';
export { default as nb } from './nb.ts';
export { default as nl } from './nl.ts';
export { default as pl } from './pl.ts';
export { default as pt } from './pt.ts';
export { default as ptBR } from './pt-BR.ts';
export { default as ro } from './ro.ts';
export { default as ru } from './ru.ts';
export { default as sv } from './sv.ts';
export { default as tr } from './tr.ts';
export { default as uk } from './uk.ts';
