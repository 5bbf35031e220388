package io.cascade.provider.hyber;

import java.util.Set;

/**
 * Hyber's request limits (seed 000/001 and FACTS.md, "Section 8"). Used by {@link HyberValidator}
 * and by the UI hints.
 */
public final class HyberLimits {

  public static final int MAX_RECIPIENTS_PER_REQUEST = 50_000;
  public static final int EXTRA_ID_MAX = 64;
  public static final int CALLBACK_URL_MAX = 256;
  public static final int TAG_MAX = 64;
  public static final int DIVISION_CODE_MAX = 100;

  public static final int VIBER_TEXT_MAX = 1000;
  public static final int VIBER_TTL_MIN = 40;
  public static final int VIBER_TTL_MAX = 86_400;
  public static final int VIBER_URL_MAX = 256;
  public static final int VIBER_CAPTION_MAX = 30;
  public static final int VIBER_ACTION_MAX = 256;
  public static final int VIBER_FILE_NAME_MAX = 25;

  /** Viber's list of document types a file message may carry. */
  public static final Set<String> VIBER_FILE_EXTENSIONS =
      Set.of(
          "doc", "docx", "rtf", "dot", "dotx", "odt", "odf", "fodt", "txt", "info", "pdf", "xps",
          "pdax", "eps", "xls", "xlsx", "ods", "fods", "csv", "xlsm", "xltx");

  /** SMS text: 335 characters when it needs UCS-2 (Cyrillic), 765 in GSM-7 (Latin). */
  public static final int SMS_TEXT_MAX_UCS2 = 335;

  public static final int SMS_TEXT_MAX_GSM7 = 765;
  public static final int SMS_TTL_MIN = 300;
  public static final int SMS_TTL_MAX = 259_200;
  public static final int SMS_ALPHA_NAME_MAX = 11;

  public static final int WHATSAPP_TEXT_MAX = 1000;
  public static final int WHATSAPP_URL_MAX = 256;
  public static final int WHATSAPP_NAME_MAX = 1000;

  public static final int PUSH_TEXT_MAX = 1000;
  public static final int PUSH_TITLE_MAX = 20;
  public static final int PUSH_TTL_MIN = 30;
  public static final int PUSH_TTL_MAX = 86_400;
  public static final int PUSH_URL_MAX = 256;
  public static final int PUSH_CAPTION_MAX = 30;

  private HyberLimits() {}
}
