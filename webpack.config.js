/**
 * Builds the add-in into dist/: one page (taskpane.html) that is at once the task pane and the custom functions'
 * shared runtime, the functions metadata (zh-CN default + en-US), the icons and the manifest.
 *
 *   npm run build        production; manifest URLs rewritten to GX_PROD_URL (no certificates needed)
 *   npm run build:dev    development; manifest keeps https://localhost:3000/
 *   npm run dev-server   development on https://localhost:3000 with office-addin-dev-certs certificates
 *
 * GX_OFFICE_JS=local   office.js copied into dist/office/ and loaded from there (offline networks, HOSTS.md)
 * GX_OUT_DIR=DIR       build into DIR instead of dist/ (`npm run package` stages its build there)
 */
"use strict";
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { productionUrl, rewriteManifestUrls } = require("./scripts/manifest-urls");
const { devServerHttpsOptions } = require("./scripts/dev-certs");
const { FunctionsMetadataPlugin, METADATA } = require("./scripts/build-functions-metadata");
const { officeJsMode, officeJsSetup } = require("./scripts/office-js");
const pkg = require("./package.json");

const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
const STABLE_NAMES = new Set(["functions", "taskpane", "runtime"]);

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const prodUrl = production ? productionUrl() : null;
  const office = officeJsSetup(officeJsMode());

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      functions: FUNCTIONS_ENTRY,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, process.env.GX_OUT_DIR || "dist"),
      // Entry bundles and the runtime keep stable names (the manifest names functions.js); split and lazy
      // chunks get content hashes, so a new release is never served from a stale cache.
      filename: ({ chunk }) => (STABLE_NAMES.has(chunk.name) ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: {
        // In the browser ExcelJS is its closed bundle (its package.json "browser" field), whose writer cannot be
        // patched (see src/ports/file/browser/internal-links.browser.ts).
        [path.resolve(__dirname, "src/ports/file/shared/internal-links") + "$"]: path.resolve(__dirname, "src/ports/file/browser/internal-links.browser.ts"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; ES modules here so webpack can split and lazy-load.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: !production } },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime for the page, so the pane and the functions share module instances (one active
      // profile), and code both use is bundled once.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    performance: {
      // The pane (React + Fluent UI) is large by nature and is served locally to Excel; sizes are reported by
      // the build rather than warned about.
      hints: false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_ENTRY, output: METADATA }),
      new FunctionsMetadataPlugin({ englishFile: path.resolve(__dirname, "src/functions/descriptions.en-US.json") }),
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        // Both on the one page, functions first so that they are registered before the pane starts rendering.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        // The boot check (src/boot/boot.js) loads the bundle, named in the template, where it can run.
        inject: false,
        officeJs: office.src,
        officeOrigin: office.origin,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]" },
          // Hand-written ES5, copied as it is: IE11 must be able to run it to say that the pane cannot run there.
          { from: "src/boot/boot.js", to: "boot.js", info: { minimized: true } },
          ...office.copy,
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: prodUrl ? (content) => rewriteManifestUrls(content.toString(), prodUrl) : undefined,
          },
        ],
      }),
      new webpack.DefinePlugin({ __GX_VERSION__: JSON.stringify(pkg.version) }),
    ],
    devServer: serving
      ? {
          port: 3000,
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: {
            type: "https",
            // Only the dev server needs (and may create) the localhost certificates.
            options: await devServerHttpsOptions(),
          },
          static: { directory: path.resolve(__dirname, "dist") },
        }
      : undefined,
  };
};
