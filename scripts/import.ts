// `npm run import -- companies|candidates|postings FILE.csv [--jobcentre <code or id>]`: see libs/imports.
import '../libs/imports/src/cli/main';
