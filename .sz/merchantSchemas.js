import * as s from "../src/api/merchant/schemas";
window.x = s;
