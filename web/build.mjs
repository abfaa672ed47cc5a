// Copies the third-party browser files the web UI needs from node_modules
// into internal/web/static/vendor, which the Go binary embeds. Run it with
// `npm run build` after `npm ci`; scripts/build-web.sh does both.
//
// Only minified distribution files and their licences are copied: the
// repository never holds third-party front-end code (vendor/ is
// git-ignored apart from its README).
import { copyFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, "..", "internal", "web", "static", "vendor");

// [package, file inside the package, name in vendor/]
const files = [
  ["cytoscape", "dist/cytoscape.min.js", "cytoscape.min.js"],
  ["cytoscape", "LICENSE", "cytoscape.LICENSE.txt"],
];

mkdirSync(vendor, { recursive: true });
for (const [pkg, from, to] of files) {
  const src = join(here, "node_modules", pkg, from);
  const dst = join(vendor, to);
  copyFileSync(src, dst);
  const version = JSON.parse(readFileSync(join(here, "node_modules", pkg, "package.json"), "utf8")).version;
  console.log(`${pkg}@${version} ${from} -> internal/web/static/vendor/${to} (${statSync(dst).size} bytes)`);
}
