import { commands, page } from "vitest/browser";

/**
 * The runner shows the page in a frame about 720 px high: anything below is never painted, and
 * a taller viewport is scaled down. So `root` is moved into a clipping frame (class
 * `frameClass`, styled by the test: fixed, about 700 px high, overflow hidden), captured slice by
 * slice while scrolling, stitched on a canvas and written to `path` (relative to the project root).
 */
export async function tallScreenshot(root: HTMLElement, path: string, frameClass = "test-shot-frame"): Promise<void> {
	const frame = document.createElement("div");
	frame.className = frameClass;
	root.before(frame);
	frame.append(root);
	const { width, height } = root.getBoundingClientRect();
	const canvas = document.createElement("canvas");
	canvas.width = Math.ceil(width);
	canvas.height = Math.ceil(height);
	const context = canvas.getContext("2d");
	if (!context) throw new Error("no canvas");
	for (let top = 0; top < height; top += frame.clientHeight) {
		frame.scrollTop = top;
		const base64 = await page.screenshot({ element: frame, save: false });
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		// The last slice is scrolled only as far as the content goes.
		context.drawImage(image, 0, frame.scrollTop);
	}
	await commands.writeFile(path, canvas.toDataURL("image/png").replace(/^data:image\/png;base64,/, ""), "base64");
	frame.remove();
}
