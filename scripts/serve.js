#!/usr/bin/env node
/**
 * `npm run serve`: serves the built page (dist/, from `npm run build`) on this computer only, for the standalone
 * use: open http://127.0.0.1:3000/taskpane.html in a browser. Plain http on the loopback address: nothing on the
 * network can reach it, and the page uploads nothing anyway (the workbook is read in the browser).
 *
 *   npm run serve                 port 3000
 *   npm run serve -- --port 8080  or PORT=8080 npm run serve
 *
 * When the page declares a Content-Security-Policy in a <meta> tag, every response carries the same policy as a
 * header, so the page's web worker (which has no <meta>) is held to it too. The e2e suites use `startServer`.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const PAGE = "taskpane.html";
const HOST = "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
};

/** The policy of `<meta http-equiv="Content-Security-Policy" content="…">` in the page, or null. */
function metaCsp(html) {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return (content[1] ?? content[2]).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&").trim();
  }
  return null;
}

/** The file under `root` a request path names, or null (outside root, or not a file). */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function createHandler(root) {
  let csp = null;
  try {
    csp = metaCsp(fs.readFileSync(path.join(root, PAGE), "utf8"));
  } catch {
    // No page (yet): files are still served; startServer refuses to start without the page.
  }
  return (req, res) => {
    const headers = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };
    if (csp) headers["Content-Security-Policy"] = csp;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (pathname === "/") {
      res.writeHead(302, { ...headers, Location: `/${PAGE}` }).end();
      return;
    }
    const file = fileFor(root, pathname);
    if (!file) {
      res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    // The page and the manifest change with every build; the hashed chunks never do.
    const cache = /\.[0-9a-f]{8}\.js$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache";
    res.writeHead(200, { ...headers, "Content-Type": type, "Cache-Control": cache, "Content-Length": fs.statSync(file).size });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  };
}

/** Serves `root` on the loopback address; port 0 takes a free one. Resolves to the server and the page's URL. */
function startServer({ root = DIST, port = 3000 } = {}) {
  if (!fs.existsSync(path.join(root, PAGE))) {
    return Promise.reject(new Error(`${path.relative(ROOT, path.join(root, PAGE)) || PAGE} is missing: run \`npm run build\` first`));
  }
  const server = http.createServer(createHandler(root));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => {
      const { port: used } = server.address();
      resolve({ server, origin: `http://${HOST}:${used}`, url: `http://${HOST}:${used}/${PAGE}` });
    });
  });
}

function portFrom(argv, env) {
  const i = argv.findIndex((a) => a === "--port" || a.startsWith("--port="));
  const raw = i < 0 ? env.PORT : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  if (raw === undefined || raw === "") return 3000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`not a port number: ${raw}`);
  return n;
}

if (require.main === module) {
  let port;
  try {
    port = portFrom(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  startServer({ port }).then(
    ({ url }) => {
      console.log(`工信台账助手 GX Ledger: ${url}`);
      console.log("仅本机可访问 · loopback only. Ctrl+C 停止 · to stop.");
    },
    (e) => {
      console.error(e.code === "EADDRINUSE" ? `port ${port} is in use: npm run serve -- --port 8080` : e.message);
      process.exit(1);
    },
  );
}

module.exports = { startServer, metaCsp, portFrom };
