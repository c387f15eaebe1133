import { createXsollaBackend } from "../src/api/xsolla";
window.x = createXsollaBackend;
