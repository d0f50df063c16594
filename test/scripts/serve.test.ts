/** `npm run serve` (scripts/serve.js): the built page on the loopback address only, nothing else. */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import type { Server } from "http";
import { request } from "http";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { join } from "path";

interface Serve {
  startServer(opts: { root?: string; port?: number }): Promise<{ server: Server; origin: string; url: string }>;
  metaCsp(html: string): string | null;
  portFrom(argv: string[], env: Record<string, string | undefined>): number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script
const serve = require("../../scripts/serve.js") as Serve;

const CSP = "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com";
const PAGE = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}"></head><body>页面</body></html>`;

let outer: string;
let root: string;
let server: Server;
let origin: string;

function get(path: string, method = "GET"): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(origin + path, { method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  // dist/ inside a folder holding a file the server must never give out.
  outer = mkdtempSync(join(tmpdir(), "gx-serve-"));
  root = join(outer, "dist");
  mkdirSync(root);
  writeFileSync(join(root, "taskpane.html"), PAGE);
  writeFileSync(join(root, "app.0123abcd.js"), "console.log(1)");
  writeFileSync(join(outer, "gx-serve-secret.txt"), "secret");
  ({ server, origin } = await serve.startServer({ root, port: 0 }));
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(outer, { recursive: true, force: true });
});

test("listens on the loopback address only", () => {
  expect((server.address() as AddressInfo).address).toBe("127.0.0.1");
  expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test("serves the page with the same Content-Security-Policy as its <meta>, and its files", async () => {
  const page = await get("/taskpane.html");
  expect(page.status).toBe(200);
  expect(page.body).toContain("页面");
  expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
  expect(page.headers["content-security-policy"]).toBe(CSP);
  const chunk = await get("/app.0123abcd.js");
  expect(chunk.headers["content-type"]).toBe("text/javascript; charset=utf-8");
  expect(chunk.headers["content-security-policy"]).toBe(CSP);
  expect(chunk.headers["cache-control"]).toContain("immutable");
  expect((await get("/", "GET")).headers.location).toBe("/taskpane.html");
});

test.each(["/../gx-serve-secret.txt", "/%2e%2e/gx-serve-secret.txt", "/..%2fgx-serve-secret.txt", "/nothing.js", "/%00"])(
  "answers 404 to %s, never a file outside dist/",
  async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain("secret");
  },
);

test("only reads: other methods are refused", async () => {
  expect((await get("/taskpane.html", "POST")).status).toBe(405);
  expect((await get("/taskpane.html", "HEAD")).status).toBe(200);
});

test("refuses to start without a built page", async () => {
  const empty = mkdtempSync(join(tmpdir(), "gx-serve-empty-"));
  await expect(serve.startServer({ root: empty, port: 0 })).rejects.toThrow(/npm run build/);
  rmSync(empty, { recursive: true, force: true });
});

test("a page without a policy gets no policy header", () => {
  expect(serve.metaCsp("<html><head><meta charset='utf-8'></head></html>")).toBeNull();
  expect(serve.metaCsp(`<meta content='a &amp; b' http-equiv='content-security-policy'>`)).toBe("a & b");
});

test.each<[string[], Record<string, string>, number]>([
  [[], {}, 3000],
  [["--port", "8080"], {}, 8080],
  [["--port=9000"], { PORT: "8080" }, 9000],
  [[], { PORT: "4000" }, 4000],
])("the port from %j and %j is %d", (argv, env, port) => {
  expect(serve.portFrom(argv, env)).toBe(port);
});

test("a port that is not a number is refused", () => {
  expect(() => serve.portFrom(["--port", "abc"], {})).toThrow(/not a port/);
});
