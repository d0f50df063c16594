/** Types of scripts/build-functions-metadata.js, for the tests that use it. */
export interface FunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; description?: string; parameters?: { name: string; description?: string }[] }[];
}
export const METADATA: string;
export const METADATA_EN: string;
export function finishMetadata<T extends FunctionsMetadata>(metadata: T): T & { allowErrorForDataTypeAny: true };
export function englishMetadata<T extends FunctionsMetadata>(metadata: T, english: unknown): { metadata: T; problems: string[] };
export class FunctionsMetadataPlugin {
  constructor(options: { englishFile: string });
}
