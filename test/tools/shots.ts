/**
 * Where browser tests save their screenshots: an ignored folder, so `npm test` leaves the work
 * tree clean. `npm run screenshots` copies them into docs/screenshots for the README.
 */
/** For `commands.writeFile`, whose paths are relative to the project root. */
export const SHOTS_FROM_ROOT = "test-output/screenshots";
/** For `page.screenshot({ path })`, whose paths are relative to a test file two folders down. */
export const SHOTS_FROM_TEST = "../../test-output/screenshots";
