/** The entry of dist/paystation.js: a drop-in for the vendor's widget.min.js. */
import { installGlobal } from "./global";

installGlobal();
