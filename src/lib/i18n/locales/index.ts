// Every locale Sitrep ships, one line each; a locale is its file in this folder plus its line here.
export { default as en } from './en.ts';
