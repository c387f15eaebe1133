import { createBackend } from "../src/api";
window.x = createBackend;
