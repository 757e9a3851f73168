// The parts of Frictionless's JavaScript libraries (datapackage, tableschema; no published types)
// that the open-data tests use.
declare module 'datapackage' {
  export interface DataPackageResource {
    name: string;
    tabular: boolean;
  }
  export class Package {
    static load(descriptor: object | string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: DataPackageResource[];
  }
  const datapackage: { Package: typeof Package };
  export default datapackage;
}

declare module 'tableschema' {
  export class Table {
    static load(source: string, options?: { schema?: object; bom?: boolean; delimiter?: string }): Promise<Table>;
    readonly headers: string[];
    read(options?: { keyed?: boolean; cast?: boolean; limit?: number }): Promise<Record<string, unknown>[]>;
  }
}
