/**
 * Finishes the custom-functions metadata that custom-functions-metadata-plugin generates from the JSDoc of
 * src/functions/functions.ts (Chinese, the default locale):
 * - sets the top-level `allowErrorForDataTypeAny: true`, which the generator cannot write; without it one error
 *   cell in a range turns the whole result into that error instead of one error element;
 * - emits functions.en-US.json, the same metadata with the English texts of src/functions/descriptions.en-US.json,
 *   which manifest.xml names for en-US. A function or parameter without an English text fails the build.
 */
"use strict";
const fs = require("fs");
const { Compilation, WebpackError, sources } = require("webpack");

const METADATA = "functions.json";
const METADATA_EN = "functions.en-US.json";

/** The metadata as Excel must get it: errors inside ranges are passed to the functions element by element. */
function finishMetadata(metadata) {
  return { ...metadata, allowErrorForDataTypeAny: true };
}

/**
 * The metadata with English descriptions, and the problems that keep it from being complete: a function or a
 * parameter without English text, or English text for a function or parameter that does not exist.
 */
function englishMetadata(metadata, english) {
  const problems = [];
  const known = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(english)) {
    if (!known.has(id)) problems.push(`${id}: has an English description but no such function exists`);
  }
  const functions = metadata.functions.map((fn) => {
    const text = english[fn.id];
    if (!text || typeof text.description !== "string" || !text.description.trim()) {
      problems.push(`${fn.id}: no English description`);
      return fn;
    }
    const params = text.parameters || {};
    const names = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys(params)) {
      if (!names.has(name)) problems.push(`${fn.id}: English text for unknown parameter "${name}"`);
    }
    const parameters = (fn.parameters || []).map((p) => {
      const description = params[p.name];
      if (typeof description !== "string" || !description.trim()) {
        problems.push(`${fn.id}: parameter "${p.name}" has no English description`);
        return p;
      }
      return { ...p, description };
    });
    return { ...fn, description: text.description, parameters };
  });
  return { metadata: { ...metadata, functions }, problems };
}

const json = (value) => new sources.RawSource(`${JSON.stringify(value, null, 2)}\n`);

class FunctionsMetadataPlugin {
  /** @param {{ englishFile: string }} options absolute path of descriptions.en-US.json */
  constructor(options) {
    this.englishFile = options.englishFile;
  }

  apply(compiler) {
    // thisCompilation: the HTML plugin's child compilations have no metadata of their own.
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const generated = compilation.getAsset(METADATA);
          // The generator reports its own errors (and emits nothing) when it rejects the JSDoc.
          if (!generated) return;
          compilation.fileDependencies.add(this.englishFile);
          const metadata = finishMetadata(JSON.parse(generated.source.source().toString()));
          compilation.updateAsset(METADATA, json(metadata));

          let english;
          try {
            english = JSON.parse(fs.readFileSync(this.englishFile, "utf8"));
          } catch (err) {
            compilation.errors.push(new WebpackError(`${this.englishFile}: cannot read the English descriptions: ${err.message}`));
            return;
          }
          const result = englishMetadata(metadata, english);
          for (const problem of result.problems) {
            compilation.errors.push(new WebpackError(`${this.englishFile}: ${problem}`));
          }
          if (result.problems.length === 0) compilation.emitAsset(METADATA_EN, json(result.metadata));
        },
      );
    });
  }
}

module.exports = { FunctionsMetadataPlugin, finishMetadata, englishMetadata, METADATA, METADATA_EN };
