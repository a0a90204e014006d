// The npm package `datapackage` (Frictionless Data's JavaScript library) ships no types:
// the part of its API the data package test uses.
declare module "datapackage" {
  export class Resource {
    name: string;
    valid: boolean;
    errors: Error[];
    read(options?: { keyed?: boolean; relations?: boolean; forceCast?: boolean }): Promise<Record<string, unknown>[]>;
    checkRelations(): Promise<true>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
  export function validate(descriptor: string | object): Promise<{ valid: boolean; errors: Error[] }>;
}
