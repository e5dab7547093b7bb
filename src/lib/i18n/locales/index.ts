// Every locale Sitrep ships, one line each, sorted by tag after English; a locale is its file in
// this folder plus its line here.
export { default as en } from './en.ts';
export { default as ar } from './ar.ts';
export { default as bn } from './bn.ts';
export { default as de } from './de.ts';
export { default as fa } from './fa.ts';
export { default as he } from './he.ts';
export { default as hi } from './hi.ts';
export { default as id } from './id.ts';
export { default as ja } from './ja.ts';
export { default as ko } from './ko.ts';
export { default as vi } from './vi.ts';
export { default as zhHans } from './zh-Hans.ts';
export { default as zhHant } from './zh-Hant.ts';
