import type { CodevHost } from "../host";
import { registerAttendanceCommands } from "./attendanceCommands";
import { registerLibraryCommand } from "./libraryCommand";
import { registerLogCommands } from "./logCommands";
import { registerPreparationCommands } from "./preparationCommands";

/** What happens around the sessions: the method library, attendance records, the client's preparation, the facilitator's log. */
export function registerAround(host: CodevHost): void {
	registerLibraryCommand(host);
	registerAttendanceCommands(host);
	registerPreparationCommands(host);
	registerLogCommands(host);
}
