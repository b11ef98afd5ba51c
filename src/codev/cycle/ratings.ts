/**
 * Evaluation (step 6): ratings of the substance (« fond ») and the form (« forme ») on 1..5,
 * their mean per session and the trend over the cycle.
 */
import { sortSessions, type Rating, type SessionRecord } from "./records";

export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** A rating from user input: an integer 1..5, else null (not rated). */
export function toRating(value: unknown): number | null {
	const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
	return Number.isInteger(n) && n >= RATING_MIN && n <= RATING_MAX ? n : null;
}

function mean(values: number[]): number | null {
	if (values.length === 0) return null;
	return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export interface RatingPoint {
	path: string;
	date: string;
	fond: number | null;
	forme: number | null;
	count: number;
}

export function sessionMeans(ratings: readonly Rating[]): { fond: number | null; forme: number | null } {
	return {
		fond: mean(ratings.map((r) => r.fond).filter((v): v is number => v !== null)),
		forme: mean(ratings.map((r) => r.forme).filter((v): v is number => v !== null)),
	};
}

export interface RatingTrend {
	points: RatingPoint[];
	/** Mean over the rated sessions. */
	fondMean: number | null;
	formeMean: number | null;
	/** Least-squares slope per session (positive: improving); null with fewer than 2 points. */
	fondSlope: number | null;
	formeSlope: number | null;
}

function slope(values: Array<number | null>): number | null {
	const pts = values.map((v, x) => [x, v] as const).filter((p): p is readonly [number, number] => p[1] !== null);
	if (pts.length < 2) return null;
	const mx = pts.reduce((a, p) => a + p[0], 0) / pts.length;
	const my = pts.reduce((a, p) => a + p[1], 0) / pts.length;
	const den = pts.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
	const num = pts.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0);
	return den === 0 ? null : Math.round((num / den) * 100) / 100;
}

/** Points for the sessions that have at least one rating, in date order. */
export function ratingTrend(sessions: readonly SessionRecord[]): RatingTrend {
	const points = sortSessions(sessions)
		.filter((s) => s.ratings.length > 0)
		.map((s) => ({ path: s.path, date: s.date, ...sessionMeans(s.ratings), count: s.ratings.length }));
	const all = (pick: (p: RatingPoint) => number | null) => mean(points.map(pick).filter((v): v is number => v !== null));
	return {
		points,
		fondMean: all((p) => p.fond),
		formeMean: all((p) => p.forme),
		fondSlope: slope(points.map((p) => p.fond)),
		formeSlope: slope(points.map((p) => p.forme)),
	};
}
