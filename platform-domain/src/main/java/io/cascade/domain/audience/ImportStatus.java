package io.cascade.domain.audience;

/** Where a CSV import stands; COMPLETED and FAILED are final. */
public enum ImportStatus {
  /** Rows are read, checked and staged; progress is the share of the file read. */
  READING,
  /** The staged rows are merged into the list (duplicates: last row wins). */
  MERGING,
  COMPLETED,
  /** Nothing was imported; {@link ContactImport#getFailure()} says why. */
  FAILED;

  public boolean isFinished() {
    return this == COMPLETED || this == FAILED;
  }
}
