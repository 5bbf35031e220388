package io.cascade.domain.channel;

import java.math.BigDecimal;

/** A point on the map, kept as decimals so that "50.438820" goes out exactly as typed. */
public record GeoLocation(BigDecimal latitude, BigDecimal longitude) {

  public static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
  public static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

  public GeoLocation {
    if (latitude == null
        || longitude == null
        || latitude.abs().compareTo(MAX_LATITUDE) > 0
        || longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
      throw new InvalidContentException("location.range");
    }
  }

  public static GeoLocation of(String latitude, String longitude) {
    try {
      return new GeoLocation(new BigDecimal(latitude), new BigDecimal(longitude));
    } catch (NumberFormatException e) {
      throw new InvalidContentException("location.format", latitude, longitude);
    }
  }
}
