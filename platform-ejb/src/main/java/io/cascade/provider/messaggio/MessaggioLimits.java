package io.cascade.provider.messaggio;

import java.util.Set;

/** Messaggio bulk limits (seed 004 and FACTS.md). */
public final class MessaggioLimits {

  public static final int FROM_MAX = 11;
  public static final int TXT_MAX = 2048;
  public static final int IMAGE_ID_MAX = 64;
  public static final int BUTTON_TEXT_MAX = 30;
  public static final int BUTTON_LINK_MAX = 2048;
  public static final int DLR_TIMEOUT_MIN = 60;
  public static final int DLR_TIMEOUT_MAX = 86_400;

  /**
   * Assumption: the document sets no limit on repeated {@code phone} parameters. 1,000 keeps a
   * request (and a GET URL, should the account use GET) of sane size.
   */
  public static final int MAX_PHONES_PER_REQUEST = 1_000;

  /** Seed 004: 20 MB (an older text said 10 MB). */
  public static final long IMAGE_MAX_BYTES = 20L * 1024 * 1024;

  public static final Set<String> IMAGE_FORMATS = Set.of("jpg", "png", "gif");

  private MessaggioLimits() {}
}
