/** The linked feature's pure services, for the plugin and for scripts (demo vault over MemoryStore). */
export { createContract, findContract, type ContractInput } from "./contract";
export { logContribution, listContributions, type ContributionInput } from "./contribution";
export { createActionPlan, earlierOpenActions, findActionPlan, invalidDue, planDates, type ActionInput, type ActionPlanInput, type EarlierAction, type EarlierChoice } from "./actionPlan";
export { findRetour, findRetourQueue, retourQueue, applyRetour, type RetourAnswer, type RetourInput, type RetourItem, type RetourPerson, type RetourResult } from "./retour";
export { clientProgress, clientStory, renderClientProgress, writeClientProgress } from "./progress";
export { defaultDueDate, nextSessionDate } from "./dueDate";
export { CONTRACT_TYPE, PLAN_TYPE, type LinkedOptions, type LinkedResult } from "./common";
export type { Consultation } from "../../codev/consultations";
