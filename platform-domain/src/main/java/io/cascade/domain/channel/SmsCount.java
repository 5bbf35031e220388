package io.cascade.domain.channel;

/**
 * How an SMS text is counted, for the counter next to the editor.
 *
 * @param characters septets in GSM-7 (extension characters such as € count twice), UTF-16 units in
 *     UCS-2
 * @param parts SMS parts the text is split into (0 for an empty text)
 * @param perPart characters one part carries: 160/153 in GSM-7, 70/67 in UCS-2
 * @param ucs2Because the first character GSM-7 cannot carry, or null in GSM-7
 * @param countTwice in GSM-7, the extension characters the text has ("€{}"), each once, which take
 *     two characters of a part each; empty in UCS-2
 */
public record SmsCount(
    SmsEncoding encoding,
    int characters,
    int parts,
    int perPart,
    String ucs2Because,
    String countTwice) {}
