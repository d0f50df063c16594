/**
 * https options for the dev server from office-addin-dev-certs, which creates a localhost certificate and
 * installs its CA as trusted. Where installing is impossible (Linux without sudo, a container) the certificate
 * it created is still used, with a warning: a browser can then open the pages after accepting the warning, but
 * Excel will not load the add-in until the CA is trusted.
 */
"use strict";
const fs = require("fs");

async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const paths = require("office-addin-dev-certs/lib/defaults");
    const files = [paths.caCertificatePath, paths.localhostCertificatePath, paths.localhostKeyPath];
    if (!files.every((file) => fs.existsSync(file))) throw err;
    const reason = String(err && err.message ? err.message : err).split("\n")[0];
    console.warn(
      `\n[dev-certs] ${reason}\n[dev-certs] Serving with the untrusted certificate in ${paths.certificateDirectory}. ` +
        "Excel needs it trusted: run `npx office-addin-dev-certs install` as a user who can (sudo on Linux).\n",
    );
    return {
      ca: fs.readFileSync(paths.caCertificatePath),
      cert: fs.readFileSync(paths.localhostCertificatePath),
      key: fs.readFileSync(paths.localhostKeyPath),
    };
  }
}

module.exports = { devServerHttpsOptions };
