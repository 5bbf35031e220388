package io.cascade.web.template;

import io.cascade.domain.channel.Channel;
import io.cascade.domain.template.MessageTemplate;
import io.cascade.template.TemplateService;
import io.cascade.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** templates/index.xhtml: the newest version of each of the tenant's templates. */
@Named
@ViewScoped
public class TemplateListBacking implements Serializable {

  /** One line of the list. */
  public record Row(
      UUID id, String name, String provider, String cascade, int revision, boolean locked)
      implements Serializable {

    static Row of(MessageTemplate t) {
      return new Row(
          t.getId(),
          t.getName(),
          t.getProvider().displayName(),
          t.getCascade().stream()
              .map(TemplateListBacking::label)
              .collect(Collectors.joining(" → ")),
          t.getRevision(),
          t.isLocked());
    }
  }

  @EJB private TemplateService templates;
  @Inject private Messages messages;

  private List<Row> rows = List.of();

  public void load() {
    rows = templates.list().stream().map(Row::of).toList();
  }

  /** Copies a template and opens the copy in the editor. */
  public String copy(UUID id) {
    MessageTemplate copy = templates.copy(id);
    return "/templates/edit?faces-redirect=true&id=" + copy.getId();
  }

  /** Deletes a template no campaign uses, with its versions; one in use is refused. */
  public void delete(Row row) {
    templates.delete(row.id());
    messages.info("template.deleted", row.name());
    load();
  }

  public List<Row> getRows() {
    return rows;
  }

  static String label(Channel channel) {
    return switch (channel) {
      case VIBER -> "Viber";
      case SMS -> "SMS";
      case WHATSAPP -> "WhatsApp";
      case PUSH -> "Push";
    };
  }
}
