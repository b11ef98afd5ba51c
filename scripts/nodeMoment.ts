/**
 * Node's stand-in for Obsidian's `moment` (the same version, 2.29.4, with its French locale):
 * the demo and the tests hand it to the date patterns as the app hands Obsidian's.
 */
import moment from "moment";
import "moment/locale/fr";
import { useMoment } from "../src/notes/datePattern";

// Loading a locale makes it moment's global one: keep English global, as each pattern names its own.
moment.locale("en");
useMoment((date) => moment(date));
