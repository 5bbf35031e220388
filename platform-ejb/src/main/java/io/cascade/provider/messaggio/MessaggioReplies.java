package io.cascade.provider.messaggio;

import io.cascade.domain.message.Recipient;
import io.cascade.provider.ProviderReplyException;
import io.cascade.provider.RetryBackoff;
import io.cascade.provider.SendOutcome;
import io.cascade.provider.SendOutcome.Accepted;
import io.cascade.provider.SendOutcome.Halt;
import io.cascade.provider.SendOutcome.Rejected;
import io.cascade.provider.SendOutcome.Retryable;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads the bulk system's XML replies into per-recipient outcomes. */
public final class MessaggioReplies {

  public static final String PROVIDER = "Messaggio";

  /** Back-off base after HTTP 429/5xx or no answer at all. */
  public static final Duration HTTP_RETRY_BASE = Duration.ofSeconds(30);

  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private MessaggioReplies() {}

  /** The parsed reply: code, tech message and {@code msg_id} by phone. */
  public record Reply(int code, String techMessage, Map<String, String> msgIdByPhone) {}

  public static Reply parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // Provider XML is untrusted input: no DTDs, no external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      DocumentBuilder parser = factory.newDocumentBuilder();
      parser.setErrorHandler(SILENT); // errors become our exception, not stderr lines
      Document doc = parser.parse(new InputSource(new StringReader(xml.strip())));
      Element root = doc.getDocumentElement();
      String code = childText(root, "code");
      if (code == null) {
        throw new ProviderReplyException("Messaggio reply has no <code>: " + xml);
      }
      Map<String, String> ids = new HashMap<>();
      NodeList msgIds = root.getElementsByTagName("msg_id");
      for (int i = 0; i < msgIds.getLength(); i++) {
        Element e = (Element) msgIds.item(i);
        ids.put(e.getAttribute("phone"), e.getTextContent().strip());
      }
      return new Reply(Integer.parseInt(code.strip()), childText(root, "tech_message"), ids);
    } catch (ParserConfigurationException | SAXException | IOException | NumberFormatException e) {
      throw new ProviderReplyException("Messaggio reply is not the documented XML: " + xml, e);
    }
  }

  public static List<SendOutcome> outcomes(List<Recipient> sent, String xml, int attempt) {
    Reply reply = parse(xml);
    List<SendOutcome> outcomes = new ArrayList<>();
    if (reply.code() == MessaggioCode.OK.code()) {
      for (Recipient r : sent) {
        // Without a msg_id (dlr not honoured) the message went out but cannot be tracked.
        outcomes.add(
            new Accepted(r.messageId(), reply.msgIdByPhone().get(r.phone().digits()), null));
      }
      return outcomes;
    }
    MessaggioCode code = MessaggioCode.of(reply.code()).orElse(null);
    String text =
        (code == null ? "Unknown code" : code.meaning())
            + (reply.techMessage() == null ? "" : ": " + reply.techMessage());
    for (Recipient r : sent) {
      if (code == MessaggioCode.BALANCE_EXHAUSTED) {
        // the account's balance, not the recipient: nothing goes out until it is topped up
        outcomes.add(new Halt(r.messageId(), String.valueOf(reply.code()), text));
        continue;
      }
      outcomes.add(
          code != null && code.repeat()
              ? new Retryable(
                  r.messageId(),
                  String.valueOf(reply.code()),
                  text,
                  RetryBackoff.delay(code.retryBase(), attempt))
              : new Rejected(r.messageId(), String.valueOf(reply.code()), text));
    }
    return outcomes;
  }

  public static List<SendOutcome> httpError(
      List<Recipient> sent, int status, String body, int attempt) {
    boolean passing = status == 408 || status == 429 || status >= 500;
    String text = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body.strip());
    return sent.stream()
        .<SendOutcome>map(
            r ->
                passing
                    ? new Retryable(
                        r.messageId(),
                        "HTTP_" + status,
                        text,
                        RetryBackoff.delay(HTTP_RETRY_BASE, attempt))
                    : new Rejected(r.messageId(), "HTTP_" + status, text))
        .toList();
  }

  private static String childText(Element root, String name) {
    NodeList nodes = root.getElementsByTagName(name);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }
}
