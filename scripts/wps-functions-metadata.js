/**
 * The WPS add-in's functions.json and manifest.xml, from the metadata custom-functions-metadata generates for
 * Excel out of src/functions/functions.ts's JSDoc (Chinese): the same functions, names and descriptions, in the
 * shape the `wpsjs` tool writes (`{functions: [{name, description, parameters: [{name, description, type}],
 * result: {type}}]}`, an optional parameter's type ending in "?").
 */
"use strict";
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const NAMESPACE = "GX";
const ADDIN_NAME = "gx-ledger";

function wpsFunctionsJson(excelMetadata) {
  return {
    functions: excelMetadata.functions.map((fn) => ({
      name: fn.id,
      description: fn.description,
      parameters: (fn.parameters || []).map((p) => ({ name: p.name, description: p.description || "", type: p.optional ? "any?" : "any" })),
      result: { type: "any" },
    })),
  };
}

/** WPS's add-in manifest (not Office's): where functions.json is and the functions' namespace. */
function wpsManifestXml(version) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<JsPlugin>
  <ApiVersion>1.0.0</ApiVersion>
  <Name>${ADDIN_NAME}</Name>
  <Description>工信台账助手 ${version}：GX 统计函数与台账校验任务窗格</Description>
  <Functions>
    <Uri>functions.json</Uri>
    <Namespace>${NAMESPACE}</Namespace>
  </Functions>
</JsPlugin>
`;
}

/** The generated Excel metadata and each function's implementation name; fails on any JSDoc error. */
async function excelFunctions(input) {
  const r = await generateCustomFunctionsMetadata(input, true);
  if (r.errors.length > 0) throw new Error(`functions metadata: ${r.errors.join("; ")}`);
  return { metadata: JSON.parse(r.metadataJson), associate: r.associate.map(({ id, functionName }) => ({ id, functionName })) };
}

module.exports = { NAMESPACE, ADDIN_NAME, wpsFunctionsJson, wpsManifestXml, excelFunctions };
