package io.cascade.domain.audience;

/** Where a CSV import stands; COMPLETED, PARTIAL and FAILED are final. */
public enum ImportStatus {
  /** Rows are read, checked and staged; progress is the share of the file read. */
  READING,
  /** The staged rows are merged into the list (duplicates: last row wins). */
  MERGING,
  /** The whole file was read; its good rows are in the list, its refused rows listed. */
  COMPLETED,
  /**
   * The file could be read only up to a line ({@link ContactImport#getUnreadFromLine()}): the good
   * rows before it are in the list, {@link ContactImport#getRowsNotRead()} lines after it were not
   * read, {@link ContactImport#getFailure()} says why.
   */
  PARTIAL,
  /** Nothing was imported; {@link ContactImport#getFailure()} says why. */
  FAILED;

  public boolean isFinished() {
    return this == COMPLETED || this == PARTIAL || this == FAILED;
  }
}
