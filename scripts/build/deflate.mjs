// A slow deflate (RFC 1951) that spends the build's time to make main.js's text table smaller
// than zlib or fflate at level 9 do: every match length at every position is weighed against
// the cost of its symbols (optimal parsing, as zopfli does), the costs are re-estimated from the
// parse found and the parse made again, and the table is cut into blocks with their own codes
// where that pays. Pure JavaScript with no randomness: the same bytes on every machine.
//
// One departure from RFC 1951, read by the plugin's own inflater only: matches reach back 64 KB,
// not 32 KB, through distance codes 30 and 31 (as Deflate64 uses them). The table is four times
// the window, and its French and English texts repeat each other from far apart. A stream with
// no such match is plain deflate.

const WINDOW = 65536;
/** Distance codes: deflate's 30, and 30 and 31 for distances from 32,769 to 65,536. */
const DIST_CODES = 32;
const MAX_MATCH = 258;
/** Candidates looked at per position: more finds little on this table and costs seconds. */
const MAX_CHAIN = 2048;
const ITERATIONS = 12;

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577, 32769, 49153];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** The length code (0-28, symbol 257 + code) of each match length. */
const lengthCode = new Uint8Array(MAX_MATCH + 1);
for (let code = 0; code < 29; code++) for (let len = LENGTH_BASE[code]; len < (code === 28 ? 259 : LENGTH_BASE[code + 1]); len++) lengthCode[len] = code;
lengthCode[258] = 28;
const distCode = (dist) => {
	let code = 0;
	while (code < DIST_CODES - 1 && DIST_BASE[code + 1] <= dist) code++;
	return code;
};

/**
 * For each position, the matches worth weighing: pairs (longest length, distance), each distance
 * the nearest for every length from the previous pair's length + 1 up to its own.
 */
function findMatches(data) {
	const n = data.length;
	const head = new Int32Array(1 << 16).fill(-1);
	const prev = new Int32Array(n);
	const starts = new Int32Array(n + 1);
	const pairs = [];
	const hash = (i) => ((data[i] << 8) ^ (data[i + 1] << 4) ^ data[i + 2]) & 0xffff;
	for (let i = 0; i < n; i++) {
		starts[i] = pairs.length / 2;
		if (i + 2 >= n) continue;
		const h = hash(i);
		let best = 2;
		const limit = Math.min(MAX_MATCH, n - i);
		for (let j = head[h], chain = 0; j >= 0 && i - j <= WINDOW && chain < MAX_CHAIN; j = prev[j], chain++) {
			if (data[j + best] !== data[i + best]) continue;
			let len = 0;
			while (len < limit && data[j + len] === data[i + len]) len++;
			if (len > best) {
				pairs.push(len, i - j);
				best = len;
				if (len === limit) break;
			}
		}
		prev[i] = head[h];
		head[h] = i;
	}
	starts[n] = pairs.length / 2;
	return { starts, pairs: Int32Array.from(pairs) };
}

/** Code lengths of at most `limit` bits for these frequencies (package-merge: optimal under the limit). */
export function codeLengths(freqs, limit) {
	const lengths = new Uint8Array(freqs.length);
	const leaves = [];
	for (let s = 0; s < freqs.length; s++) if (freqs[s] > 0) leaves.push({ weight: freqs[s], symbols: [s] });
	if (leaves.length === 0) return lengths;
	if (leaves.length === 1) {
		lengths[leaves[0].symbols[0]] = 1;
		return lengths;
	}
	leaves.sort((a, b) => a.weight - b.weight || a.symbols[0] - b.symbols[0]);
	let items = leaves;
	for (let level = 1; level < limit; level++) {
		const packages = [];
		for (let i = 0; i + 1 < items.length; i += 2) packages.push({ weight: items[i].weight + items[i + 1].weight, symbols: items[i].symbols.concat(items[i + 1].symbols) });
		const merged = [];
		let a = 0;
		let b = 0;
		while (a < leaves.length || b < packages.length) {
			if (b >= packages.length || (a < leaves.length && leaves[a].weight <= packages[b].weight)) merged.push(leaves[a++]);
			else merged.push(packages[b++]);
		}
		items = merged;
	}
	for (const item of items.slice(0, 2 * leaves.length - 2)) for (const s of item.symbols) lengths[s]++;
	return lengths;
}

/** Canonical codes for code lengths, bit-reversed to be written least significant bit first. */
function canonicalCodes(lengths) {
	const count = new Uint16Array(16);
	for (const l of lengths) if (l) count[l]++;
	const next = new Uint16Array(16);
	let code = 0;
	count[0] = 0;
	for (let bits = 1; bits < 16; bits++) {
		code = (code + count[bits - 1]) << 1;
		next[bits] = code;
	}
	const codes = new Uint16Array(lengths.length);
	lengths.forEach((l, s) => {
		if (!l) return;
		let c = next[l]++;
		let reversed = 0;
		for (let i = 0; i < l; i++, c >>= 1) reversed = (reversed << 1) | (c & 1);
		codes[s] = reversed;
	});
	return codes;
}

class BitWriter {
	bytes = [];
	acc = 0;
	count = 0;
	write(value, bits) {
		this.acc |= value << this.count;
		this.count += bits;
		while (this.count >= 8) {
			this.bytes.push(this.acc & 255);
			this.acc >>>= 8;
			this.count -= 8;
		}
	}
	finish() {
		if (this.count > 0) this.bytes.push(this.acc & 255);
		return Uint8Array.from(this.bytes);
	}
}

/** The parse's symbols: literals as numbers < 256, matches as [length, distance] flattened. */
function statistics(symbols) {
	const lit = new Float64Array(286);
	const dist = new Float64Array(DIST_CODES);
	for (let i = 0; i < symbols.length; i += 2) {
		if (symbols[i + 1] === 0) lit[symbols[i]]++;
		else {
			lit[257 + lengthCode[symbols[i]]]++;
			dist[distCode(symbols[i + 1])]++;
		}
	}
	lit[256] = 1;
	return { lit, dist };
}

/** The code lengths sequence of a dynamic block's header as run-length symbols [symbol, extra]. */
function runLengths(all) {
	const out = [];
	for (let i = 0; i < all.length; ) {
		const value = all[i];
		let run = 1;
		while (i + run < all.length && all[i + run] === value) run++;
		let left = run;
		if (value === 0) {
			while (left >= 11) {
				const take = Math.min(138, left);
				out.push([18, take - 11]);
				left -= take;
			}
			if (left >= 3) {
				out.push([17, left - 3]);
				left = 0;
			}
		} else {
			out.push([value, 0]);
			left--;
			while (left >= 3) {
				const take = Math.min(6, left);
				out.push([16, take - 3]);
				left -= take;
			}
		}
		for (; left > 0; left--) out.push([value, 0]);
		i += run;
	}
	return out;
}

/** Writes one dynamic block of `symbols` (or only counts its bits when `writer` is null). */
function block(symbols, last, writer) {
	const { lit, dist } = statistics(symbols);
	const litLengths = codeLengths(lit, 15);
	const distLengths = codeLengths(dist, 15);
	// No match at all: one unused distance code, as inflaters expect at least one.
	if (distLengths.every((l) => l === 0)) distLengths[0] = 1;
	let hlit = 286;
	while (hlit > 257 && litLengths[hlit - 1] === 0) hlit--;
	let hdist = DIST_CODES;
	while (hdist > 1 && distLengths[hdist - 1] === 0) hdist--;
	const runs = runLengths([...litLengths.slice(0, hlit), ...distLengths.slice(0, hdist)]);
	const clFreq = new Float64Array(19);
	for (const [s] of runs) clFreq[s]++;
	const clLengths = codeLengths(clFreq, 7);
	let hclen = 19;
	while (hclen > 4 && clLengths[CODE_LENGTH_ORDER[hclen - 1]] === 0) hclen--;
	const extraBits = { 16: 2, 17: 3, 18: 7 };
	let bits = 3 + 5 + 5 + 4 + 3 * hclen;
	for (const [s] of runs) bits += clLengths[s] + (extraBits[s] ?? 0);
	for (let i = 0; i < symbols.length; i += 2) {
		if (symbols[i + 1] === 0) bits += litLengths[symbols[i]];
		else {
			const lc = lengthCode[symbols[i]];
			const dc = distCode(symbols[i + 1]);
			bits += litLengths[257 + lc] + LENGTH_EXTRA[lc] + distLengths[dc] + DIST_EXTRA[dc];
		}
	}
	bits += litLengths[256];
	if (!writer) return bits;
	const litCodes = canonicalCodes(litLengths);
	const distCodes = canonicalCodes(distLengths);
	const clCodes = canonicalCodes(clLengths);
	writer.write(last ? 1 : 0, 1);
	writer.write(2, 2);
	writer.write(hlit - 257, 5);
	writer.write(hdist - 1, 5);
	writer.write(hclen - 4, 4);
	for (let i = 0; i < hclen; i++) writer.write(clLengths[CODE_LENGTH_ORDER[i]], 3);
	for (const [s, extra] of runs) {
		writer.write(clCodes[s], clLengths[s]);
		if (s >= 16) writer.write(extra, extraBits[s]);
	}
	for (let i = 0; i < symbols.length; i += 2) {
		if (symbols[i + 1] === 0) writer.write(litCodes[symbols[i]], litLengths[symbols[i]]);
		else {
			const len = symbols[i];
			const d = symbols[i + 1];
			const lc = lengthCode[len];
			const dc = distCode(d);
			writer.write(litCodes[257 + lc], litLengths[257 + lc]);
			writer.write(len - LENGTH_BASE[lc], LENGTH_EXTRA[lc]);
			writer.write(distCodes[dc], distLengths[dc]);
			writer.write(d - DIST_BASE[dc], DIST_EXTRA[dc]);
		}
	}
	writer.write(litCodes[256], litLengths[256]);
	return bits;
}

/** Bits of each symbol by its share of the parse (-log2 p), unseen symbols a little dearer than the rarest. */
function costs({ lit, dist }) {
	const entropy = (freqs) => {
		const total = freqs.reduce((a, b) => a + b, 0);
		const log = Math.log2(total);
		return Float64Array.from(freqs, (f) => (f > 0 ? log - Math.log2(f) : log + 1));
	};
	return { lit: entropy(lit), dist: entropy(dist) };
}

/** The cheapest parse of data[from, to) under these symbol costs, as [length, distance] pairs (distance 0: a literal). */
function parse(data, from, to, matches, cost) {
	const n = to - from;
	const best = new Float64Array(n + 1).fill(Infinity);
	const step = new Int32Array(n + 1);
	const stepDist = new Int32Array(n + 1);
	best[0] = 0;
	const lengthCost = new Float64Array(MAX_MATCH + 1);
	for (let len = 3; len <= MAX_MATCH; len++) lengthCost[len] = cost.lit[257 + lengthCode[len]] + LENGTH_EXTRA[lengthCode[len]];
	const distCost = (d) => {
		const dc = distCode(d);
		return cost.dist[dc] + DIST_EXTRA[dc];
	};
	for (let i = 0; i < n; i++) {
		const here = best[i];
		const literal = here + cost.lit[data[from + i]];
		if (literal < best[i + 1]) {
			best[i + 1] = literal;
			step[i + 1] = 1;
			stepDist[i + 1] = 0;
		}
		let shortest = 3;
		for (let p = matches.starts[from + i]; p < matches.starts[from + i + 1]; p++) {
			const longest = Math.min(matches.pairs[2 * p], n - i);
			const d = matches.pairs[2 * p + 1];
			const dCost = here + distCost(d);
			for (let len = shortest; len <= longest; len++) {
				const c = dCost + lengthCost[len];
				if (c < best[i + len]) {
					best[i + len] = c;
					step[i + len] = len;
					stepDist[i + len] = d;
				}
			}
			shortest = Math.max(shortest, longest + 1);
		}
	}
	const out = [];
	for (let at = n; at > 0; at -= step[at]) out.push(step[at] === 1 && stepDist[at] === 0 ? [data[from + at - 1], 0] : [step[at], stepDist[at]]);
	out.reverse();
	return out.flat();
}

/** The best parse of one range found by re-estimating the costs from the previous parse, and its bits. */
function bestBlock(data, from, to, matches) {
	// First costs: the fixed code's lengths.
	let cost = {
		lit: Float64Array.from({ length: 286 }, (_, s) => (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8)),
		dist: new Float64Array(DIST_CODES).fill(5),
	};
	let best = null;
	let bestBits = Infinity;
	for (let i = 0; i < ITERATIONS; i++) {
		const symbols = parse(data, from, to, matches, cost);
		const bits = block(symbols, false, null);
		if (bits < bestBits) {
			best = symbols;
			bestBits = bits;
		}
		cost = costs(statistics(symbols));
	}
	return { symbols: best, bits: bestBits };
}

/** Candidate cuts per range: finer finds little more and costs seconds. */
const GRID = 48;

/**
 * Where to cut a parse into blocks: the cut (among GRID evenly spaced symbols) that saves the
 * most bits against one block, then the same in each half, while a cut saves anything.
 */
function cuts(symbols) {
	const found = [];
	const range = (from, to) => {
		const whole = block(symbols.slice(from, to), false, null);
		let best = null;
		let bestBits = whole;
		for (let k = 1; k < GRID; k++) {
			const at = from + 2 * Math.round(((to - from) / 2) * (k / GRID));
			if (at <= from || at >= to) continue;
			const bits = block(symbols.slice(from, at), false, null) + block(symbols.slice(at, to), false, null);
			if (bits < bestBits) {
				best = at;
				bestBits = bits;
			}
		}
		if (best === null) return;
		range(from, best);
		found.push(best);
		range(best, to);
	};
	range(0, symbols.length);
	return found;
}

/**
 * Raw deflate of `data`: the whole parsed once, cut into blocks where separate codes pay, each
 * block parsed again under its own costs.
 */
export function deflateBest(data) {
	const matches = findMatches(data);
	const whole = bestBlock(data, 0, data.length, matches).symbols;
	// Symbol index to byte offset, to parse each block again on its own.
	const offsets = [0];
	for (let i = 0; i < whole.length; i += 2) offsets.push(offsets[offsets.length - 1] + (whole[i + 1] === 0 ? 1 : whole[i]));
	const bounds = [0, ...cuts(whole).map((at) => offsets[at / 2]), data.length];
	const writer = new BitWriter();
	for (let b = 0; b + 1 < bounds.length; b++) block(bestBlock(data, bounds[b], bounds[b + 1], matches).symbols, b + 2 === bounds.length, writer);
	return writer.finish();
}
