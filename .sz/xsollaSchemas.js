import * as s from "../src/api/xsolla/schemas";
window.x = s;
