/** Errors shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes and a message. */

export type OfficeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidObjectPath"
  | "GeneralException";

export class OfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: { code: OfficeErrorCode; message: string };

  constructor(code: OfficeErrorCode, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function officeError(code: OfficeErrorCode, message: string): OfficeError {
  return new OfficeError(code, message);
}
