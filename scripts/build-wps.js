#!/usr/bin/env node
/**
 * `npm run build:wps`: the WPS add-in folder (WPS 加载项, the layout of the `wpsjs` tool's ET template), by default
 * dist-wps/ (GX_WPS_OUT=DIR elsewhere):
 *   index.html + addin.js   the add-in's main page: ribbon callbacks, GX functions registered with WPS
 *   ribbon.xml              the 工信台账 button
 *   manifest.xml            WPS's JsPlugin manifest: functions.json and the GX namespace
 *   functions.json          the 20 functions with their Chinese descriptions
 *   images/                 the button's icon
 *   jsplugins.xml           online mode: WPS loads the add-in from GX_PROD_URL + "wps/"
 *   publish.xml             local mode: the folder copied beside it as gx-ledger_<version>
 * The task pane is the site's own taskpane.html at GX_PROD_URL; online, WPS loads this folder from <site>/wps/.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { productionUrl } = require("./manifest-urls");
const { ADDIN_NAME, NAMESPACE, excelFunctions, wpsFunctionsJson, wpsManifestXml } = require("./wps-functions-metadata");

const ROOT = path.resolve(__dirname, "..");
const FUNCTIONS = path.join(ROOT, "src/functions/functions.ts");

function compile(config) {
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

function xmlAttr(s) {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

async function buildWps(out, prodUrl, version) {
  const { metadata, associate } = await excelFunctions(FUNCTIONS);
  await compile({
    mode: "production",
    context: ROOT,
    entry: { addin: "./src/wps/addin.ts" },
    output: { path: out, filename: "[name].js", publicPath: "", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } } }],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        __GX_WPS_FUNCTIONS__: JSON.stringify(associate), __GX_WPS_NAMESPACE__: JSON.stringify(NAMESPACE),
        __GX_PANE_URL__: JSON.stringify(new URL("taskpane.html", prodUrl).href),
      }),
      new HtmlWebpackPlugin({ template: "./src/wps/index.html", filename: "index.html", chunks: ["addin"] }),
    ],
  });
  const write = (name, text) => {
    fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    fs.writeFileSync(path.join(out, name), text);
  };
  fs.copyFileSync(path.join(ROOT, "src/wps/ribbon.xml"), path.join(out, "ribbon.xml"));
  write("manifest.xml", wpsManifestXml(version));
  write("functions.json", `${JSON.stringify(wpsFunctionsJson(metadata), null, 2)}\n`);
  fs.mkdirSync(path.join(out, "images"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "assets/icon-32.png"), path.join(out, "images/icon-32.png"));
  const url = xmlAttr(new URL("wps/", prodUrl).href);
  write("jsplugins.xml", `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${ADDIN_NAME}" type="et" url="${url}"/>\n</jsplugins>\n`);
  write(
    "publish.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${ADDIN_NAME}" type="et" url="${ADDIN_NAME}_${version}" version="${version}" enable="enable" install="null"/>\n</jsplugins>\n`,
  );
}

if (require.main === module) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const out = path.resolve(ROOT, process.env.GX_WPS_OUT || "dist-wps");
  buildWps(out, productionUrl(), pkg.version).then(
    () => console.log(`WPS add-in: ${path.relative(process.cwd(), out) || "."}`),
    (e) => {
      console.error(`npm run build:wps: ${e.message}`);
      process.exitCode = 1;
    },
  );
}

module.exports = { buildWps };
