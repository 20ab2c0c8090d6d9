import { LAB_SCHEMA_VERSION, LabDB } from '../../src/storage';

/** The lab database as a future build declares it: one schema version more, one table more. */
export class NewerLabDB extends LabDB {
  constructor(name: string) {
    super(name);
    this.version(LAB_SCHEMA_VERSION + 1).stores({ experiments: 'id, projectId' });
  }
}
