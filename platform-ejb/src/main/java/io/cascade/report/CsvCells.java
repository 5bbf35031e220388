package io.cascade.report;

/** What every CSV the platform writes does to its cells. */
public final class CsvCells {

  private CsvCells() {}

  /** A cell a spreadsheet would run as a formula (= + - @) is prefixed with a quote. */
  public static String neutralised(String cell) {
    if (cell != null && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}
