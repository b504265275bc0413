// `npm run import -- companies|candidates FILE.csv [--jobcentre <code or id>]`: see libs/imports.
import '../libs/imports/src/cli/main';
