package io.cascade.web.shell;

import io.cascade.domain.channel.InvalidContentException;
import io.cascade.domain.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Faces messages from the resource bundle, in the viewer's language. */
@RequestScoped
public class Messages {

  public void info(String key) {
    add(FacesMessage.SEVERITY_INFO, text(key));
  }

  /** A message with values filled into its {0}, {1}... */
  public void info(String key, Object... values) {
    add(FacesMessage.SEVERITY_INFO, format(key, values));
  }

  private static String format(String key, Object... values) {
    return new MessageFormat(text(key), FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(values);
  }

  /** A warning with values filled into its {0}, {1}...: the work was done, but not all of it. */
  public void warn(String key, Object... values) {
    add(FacesMessage.SEVERITY_WARN, format(key, values));
  }

  /** A refusal with values filled into its {0}, {1}...; the values say what to fix. */
  public void error(String key, Object... values) {
    add(FacesMessage.SEVERITY_ERROR, format(key, values));
  }

  /** A refusal of a business rule: its message already says what to fix. */
  public void error(DomainException e) {
    add(FacesMessage.SEVERITY_ERROR, text(e));
  }

  /**
   * A refusal that names one input: the message goes next to it (a {@code p:message for} it) and
   * the input is marked invalid, which PrimeFaces shows with {@code ui-state-error}. Without such
   * an input on the page, it is an ordinary error.
   */
  public void error(String clientId, DomainException e) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent component = context.getViewRoot().findComponent(clientId);
    if (component instanceof UIInput input) {
      // PrimeFaces renders an invalid input with no submitted value empty: keep what was typed
      Object typed = input.getValue();
      input.setSubmittedValue(typed == null ? null : typed.toString());
      input.setValid(false);
      context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(e), null));
    } else {
      error(e);
    }
  }

  /** Content problems are kept as message keys: they read in the viewer's language. */
  private static String text(DomainException e) {
    if (e instanceof InvalidContentException invalid) {
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      return invalid.texts().stream().map(t -> t.in(locale)).collect(Collectors.joining("; "));
    }
    return e.getMessage();
  }

  private static String text(String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    return ResourceBundle.getBundle("io.cascade.web.messages", context.getViewRoot().getLocale())
        .getString(key);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
