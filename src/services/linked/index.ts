/** The linked feature's pure services, for the plugin and for scripts (demo vault over MemoryStore). */
export { createContract, findContract, type ContractInput } from "./contract";
export { logContribution, listContributions, type ContributionInput } from "./contribution";
export { createActionPlan, findActionPlan, planDates, type ActionInput, type ActionPlanInput } from "./actionPlan";
export { findRetourPlan, findRetourPlans, applyRetour, type RetourAnswer, type RetourCandidate, type RetourResult } from "./retour";
export { clientProgress, renderClientProgress, writeClientProgress } from "./progress";
export { defaultDueDate, nextSessionDate } from "./dueDate";
export { CONTRACT_TYPE, PLAN_TYPE, type LinkedOptions, type LinkedResult } from "./common";
export type { Consultation } from "../../codev/consultations";
