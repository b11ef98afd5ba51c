// Every unit test formats date patterns with Node's moment, as the app does with Obsidian's.
import "../../scripts/nodeMoment";
