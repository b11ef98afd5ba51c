import type { CodevHost } from "../host";
import { registerAttendanceCommands } from "./attendanceCommands";
import { registerLibraryCommand } from "./libraryCommand";

/** What happens around the sessions: the method library, attendance records. */
export function registerAround(host: CodevHost): void {
	registerLibraryCommand(host);
	registerAttendanceCommands(host);
}
