package io.cascade.provider.decisiontelecom;

import java.util.Set;

/** DecisionTelecom Viber + SMS limits (seed 003). */
public final class DecisionTelecomLimits {

  public static final int SOURCE_ADDR_MAX = 20;
  public static final int DESTINATION_ADDR_MAX = 20;
  public static final int TEXT_MAX = 1000;

  /** {@code text_sms}: 70 characters when it needs UCS-2, 160 in Latin (GSM-7). */
  public static final int TEXT_SMS_MAX_UCS2 = 70;

  public static final int TEXT_SMS_MAX_LATIN = 160;
  public static final int BUTTON_CAPTION_MAX = 30;
  public static final int VALIDITY_PERIOD_MIN = 40;
  public static final int VALIDITY_PERIOD_MAX = 21_600;

  /** With SMS fallback Viber gets exactly 40 seconds before the SMS goes. */
  public static final int VALIDITY_PERIOD_WITH_SMS = 40;

  /** Image limits we cannot check without fetching the image: 400 x 400 pixels. */
  public static final int IMAGE_MAX_PIXELS = 400;

  public static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png");

  /** One message per request. */
  public static final int MAX_BATCH = 1;

  /** Status query reaches back this many days. */
  public static final int STATUS_QUERY_DAYS = 5;

  private DecisionTelecomLimits() {}
}
