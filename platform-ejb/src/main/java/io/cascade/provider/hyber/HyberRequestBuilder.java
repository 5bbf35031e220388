package io.cascade.provider.hyber;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cascade.domain.channel.Channel;
import io.cascade.domain.channel.ChannelContent;
import io.cascade.domain.channel.PushContent;
import io.cascade.domain.channel.SmsContent;
import io.cascade.domain.channel.ViberContent;
import io.cascade.domain.channel.WhatsAppContent;
import io.cascade.domain.message.MultichannelContent;
import io.cascade.domain.message.Placeholders;
import io.cascade.domain.message.Recipient;
import io.cascade.provider.ProviderJson;
import io.cascade.provider.SendRequest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Builds Hyber JSON V2 request bodies from our domain values; knows nothing of HTTP. */
public final class HyberRequestBuilder {

  /** {@code YYYY-MM-DD hh:mm:ss±hh:mm}; "xxx" writes +00:00 where "XXX" would write Z. */
  public static final DateTimeFormatter START_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx", Locale.ROOT);

  /** Broadcast recipients carry these fields; a variable of the same name would clash. */
  public static final Set<String> RESERVED_RECIPIENT_FIELDS = Set.of("phone_number", "extra_id");

  private final String divisionCode;

  public HyberRequestBuilder(String divisionCode) {
    this.divisionCode = divisionCode;
  }

  /**
   * One recipient goes single (its message id comes back at once). Placeholders anywhere mean
   * broadcast, where Hyber fills them per recipient. Without placeholders, content whose channels
   * share one text goes batch; otherwise broadcast, which keeps a text per channel.
   */
  public static HyberMode mode(SendRequest request) {
    if (request.recipients().size() == 1) {
      return HyberMode.SINGLE;
    }
    // seed 001: batch carries a personal (rendered) text per recipient for all channels; channels
    // with different texts, or variables in other options (a button link, a file name), need
    // broadcast, where Hyber fills the %variables% itself
    MultichannelContent content = request.content();
    return commonText(content) != null && !placeholdersBesideTheText(content)
        ? HyberMode.BATCH
        : HyberMode.BROADCAST;
  }

  /** A %variable% in any value but the text: batch would send it as typed. */
  private static boolean placeholdersBesideTheText(MultichannelContent content) {
    for (ChannelContent channel : content.cascade()) {
      String text = textOf(channel);
      for (String value : channel.templatedValues()) {
        if (value != null && !value.equals(text) && Placeholders.hasAny(value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Splits recipients into chunks Hyber accepts in one mass request. */
  public static List<List<Recipient>> chunks(List<Recipient> recipients) {
    List<List<Recipient>> chunks = new ArrayList<>();
    for (int from = 0; from < recipients.size(); from += HyberLimits.MAX_RECIPIENTS_PER_REQUEST) {
      int to = Math.min(recipients.size(), from + HyberLimits.MAX_RECIPIENTS_PER_REQUEST);
      chunks.add(recipients.subList(from, to));
    }
    return chunks;
  }

  /**
   * The text every channel shares, or null when they differ or one has none. Batch sends one
   * personal text per recipient for all channels, so only such content fits it (a text-less Viber
   * file message would otherwise get the SMS text).
   */
  public static String commonText(MultichannelContent content) {
    List<String> texts = content.cascade().stream().map(HyberRequestBuilder::textOf).toList();
    if (texts.stream().anyMatch(Objects::isNull) || texts.stream().distinct().count() > 1) {
      return null;
    }
    return texts.get(0);
  }

  /** Single request: every placeholder is rendered with the recipient's variables. */
  public ObjectNode single(SendRequest request, Recipient recipient) {
    ObjectNode body = ProviderJson.MAPPER.createObjectNode();
    putPhone(body, recipient);
    common(body, request);
    body.set("channel_options", options(request.content(), recipient::render, true));
    return body;
  }

  /** Batch request: the shared text, rendered per recipient, goes into {@code messages[].text}. */
  public ObjectNode batch(SendRequest request, List<Recipient> chunk) {
    String text = commonText(request.content());
    if (text == null) {
      throw new IllegalArgumentException("Batch needs one text shared by all channels");
    }
    ObjectNode body = ProviderJson.MAPPER.createObjectNode();
    ArrayNode messages = body.putArray("messages");
    for (Recipient recipient : chunk) {
      ObjectNode message = messages.addObject();
      putPhone(message, recipient);
      message.put("text", recipient.render(text));
    }
    common(body, request);
    body.set("channel_options", options(request.content(), UnaryOperator.identity(), false));
    return body;
  }

  /**
   * Broadcast request: templates go as they are and each recipient carries its variables, as in the
   * document's examples (which send them even where no option uses them).
   */
  public ObjectNode broadcast(SendRequest request, List<Recipient> chunk) {
    ObjectNode body = ProviderJson.MAPPER.createObjectNode();
    ArrayNode recipients = body.putArray("recipients");
    for (Recipient recipient : chunk) {
      ObjectNode node = recipients.addObject();
      putPhone(node, recipient);
      new TreeMap<>(recipient.variables()).forEach(node::put);
    }
    common(body, request);
    body.set("channel_options", options(request.content(), UnaryOperator.identity(), true));
    return body;
  }

  private static void putPhone(ObjectNode node, Recipient recipient) {
    // Hyber wants a JSON number, international, without "+".
    node.put("phone_number", Long.parseLong(recipient.phone().digits()));
    node.put("extra_id", recipient.messageId());
  }

  private void common(ObjectNode body, SendRequest request) {
    if (request.callbackUrl() != null) {
      body.put("callback_url", request.callbackUrl().toString());
    }
    OffsetDateTime start = request.startTime();
    if (start != null) {
      body.put("start_time", START_TIME.format(start));
    }
    if (request.campaignTag() != null) {
      body.put("tag", request.campaignTag());
    }
    if (divisionCode != null) {
      body.put("division_code", divisionCode);
    }
    ArrayNode channels = body.putArray("channels");
    request.content().channels().forEach(c -> channels.add(channelName(c)));
  }

  public static String channelName(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }

  private static ObjectNode options(
      MultichannelContent content, UnaryOperator<String> render, boolean withText) {
    ObjectNode options = ProviderJson.MAPPER.createObjectNode();
    for (ChannelContent channel : content.cascade()) {
      ObjectNode node = options.putObject(channelName(channel.channel()));
      if (withText) {
        putText(node, "text", render.apply(textOf(channel)));
      }
      if (channel instanceof ViberContent v) {
        viber(node, v, render);
      } else if (channel instanceof SmsContent s) {
        putText(node, "alpha_name", s.sender() == null ? null : s.sender().value());
        putTtl(node, s);
      } else if (channel instanceof WhatsAppContent w) {
        whatsApp(node, w, render);
      } else if (channel instanceof PushContent p) {
        putTtl(node, p);
        putText(node, "title", render.apply(p.title()));
        putText(node, "img", render.apply(p.imageUrl()));
        putText(node, "caption", render.apply(p.buttonCaption()));
        putText(node, "action", render.apply(p.buttonAction()));
      }
      node.put("ctr", channel.trackClicks());
    }
    return options;
  }

  private static void viber(ObjectNode node, ViberContent v, UnaryOperator<String> render) {
    putTtl(node, v);
    if (v.device() != null) {
      node.put("device", v.device().name().toLowerCase(Locale.ROOT));
    }
    putText(node, "alpha_name", v.sender() == null ? null : v.sender().value());
    putText(node, "img", render.apply(v.imageUrl()));
    if (v.video() != null) {
      putText(node, "thumbnail", render.apply(v.video().thumbnailUrl()));
      // Hyber's one "action" field is the button link, the file URL or the video URL.
      putText(node, "action", render.apply(v.video().url()));
      putText(node, "caption", render.apply(v.buttonCaption()));
      node.put("file_size", v.video().sizeMegabytes());
      node.put("duration", v.video().durationSeconds());
    } else if (v.file() != null) {
      putText(node, "file_name", render.apply(v.file().name()));
      putText(node, "action", render.apply(v.file().url()));
    } else {
      putText(node, "caption", render.apply(v.buttonCaption()));
      putText(node, "action", render.apply(v.buttonAction()));
    }
  }

  private static void whatsApp(ObjectNode node, WhatsAppContent w, UnaryOperator<String> render) {
    putText(node, "img", render.apply(w.imageUrl()));
    putText(node, "img_name", render.apply(w.imageName()));
    putText(node, "doc", render.apply(w.documentUrl()));
    putText(node, "doc_name", render.apply(w.documentName()));
    putText(node, "audio", render.apply(w.audioUrl()));
    putText(node, "video", render.apply(w.videoUrl()));
    putText(node, "video_name", render.apply(w.videoName()));
    if (w.location() != null) {
      // The documents send coordinates as strings ("50.438820"); decimals keep every digit.
      node.put("latitude", w.location().latitude().toPlainString());
      node.put("longitude", w.location().longitude().toPlainString());
    }
    putTtl(node, w);
  }

  static String textOf(ChannelContent content) {
    if (content instanceof ViberContent v) {
      return v.text();
    } else if (content instanceof SmsContent s) {
      return s.text();
    } else if (content instanceof WhatsAppContent w) {
      return w.text();
    } else if (content instanceof PushContent p) {
      return p.text();
    }
    throw new IllegalArgumentException("Unknown content " + content);
  }

  private static void putTtl(ObjectNode node, ChannelContent content) {
    if (content.ttl() != null) {
      node.put("ttl", content.ttl().seconds());
    }
  }

  private static void putText(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
