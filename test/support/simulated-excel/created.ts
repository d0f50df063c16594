/** Proxies of objects Excel creates at sync time (conditional formats, tables, charts). */

import { SimObject } from "./context";
import { officeError } from "./errors";

let nextObjectId = 1;

/** A fresh id for a created object, unique in the session. */
export function newObjectId(): number {
  return nextObjectId++;
}

/** Objects created at sync time: the proxy learns which one is its own then. */
export abstract class Created<T> extends SimObject {
  protected made?: T;
  protected get it(): T {
    if (!this.made) throw officeError("InvalidObjectPath", `${this.typeName} was not created: its request failed or was never synced.`);
    return this.made;
  }
  setMade(t: T): void {
    this.made = t;
  }
}
