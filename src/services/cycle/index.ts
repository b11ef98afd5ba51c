/** The cycle services, for the plugin's commands and the demo script (MemoryStore in Node). */
export { createGroup, readGroup, refreshGroupCalendar, addTopicToBacklog, suggestNextClientForGroup, groupUid, markMemberLeft, bringMemberBack } from "./group";
export type { CreateGroupRequest, CreatedGroup, GroupInfo, GroupMode, MovedMember } from "./group";
export { evaluationFormRows, recordEvaluation } from "./evaluation";
export type { EvaluationEntry, EvaluationFormRow, AttendanceStatus, RecordedEvaluation } from "./evaluation";
export { generateBilan, collectBilanData } from "./bilan";
export type { GeneratedBilan } from "./bilan";
export { createDashboards, memberStats, type MemberStats } from "./dashboards";
export type { DashboardsResult } from "./dashboards";
export { exportCalendar, renderGroupIcs } from "./calendarExport";
export type { ExportedCalendar } from "./calendarExport";
export { groupOverview } from "./overview";
export type { GroupOverview } from "./overview";
export { readGroupSessions, readSessionRecord } from "./sessionRecords";
