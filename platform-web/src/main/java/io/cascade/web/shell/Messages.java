package io.cascade.web.shell;

import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.FieldProblem;
import io.cascade.domain.shared.InvalidFieldException;
import io.cascade.domain.shared.LocalizedText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** Faces messages from the resource bundle, in the viewer's language. */
@RequestScoped
public class Messages {

  /**
   * An input names the field of a refusal it shows by its id, or by this attribute when the id
   * differs ({@code <f:attribute name="field" value="smsTtlSeconds"/>}).
   */
  public static final String FIELD_ATTRIBUTE = "field";

  public void info(String key) {
    add(FacesMessage.SEVERITY_INFO, text(key));
  }

  /** A message with values filled into its {0}, {1}... */
  public void info(String key, Object... values) {
    add(FacesMessage.SEVERITY_INFO, format(key, values));
  }

  /** A warning with values filled into its {0}, {1}...: the work was done, but not all of it. */
  public void warn(String key, Object... values) {
    add(FacesMessage.SEVERITY_WARN, format(key, values));
  }

  /** A refusal with values filled into its {0}, {1}...; the values say what to fix. */
  public void error(String key, Object... values) {
    add(FacesMessage.SEVERITY_ERROR, format(key, values));
  }

  /** A refusal the service worded, in the viewer's language. */
  public void error(LocalizedText text) {
    add(FacesMessage.SEVERITY_ERROR, text.in(locale()));
  }

  /**
   * A refusal of a business rule, in the viewer's language: each problem next to the input of the
   * field it names (marked invalid, what was typed kept), or at the top when the page has no such
   * input.
   */
  public void refused(DomainException e) {
    if (!(e instanceof InvalidFieldException invalid)) {
      add(FacesMessage.SEVERITY_ERROR, e.getMessage(locale()));
      return;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    for (FieldProblem problem : invalid.problems()) {
      String text = problem.message(locale());
      Optional<UIInput> input = inputFor(context, problem.field());
      if (input.isEmpty()) {
        add(FacesMessage.SEVERITY_ERROR, text);
        continue;
      }
      UIInput field = input.get();
      // PrimeFaces renders an invalid input with no submitted value empty: keep what was typed
      if (field.getSubmittedValue() == null) {
        Object typed = field.getValue();
        field.setSubmittedValue(typed == null ? null : typed.toString());
      }
      field.setValid(false);
      context.addMessage(
          field.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }

  private static Optional<UIInput> inputFor(FacesContext context, String field) {
    UIInput[] found = new UIInput[1];
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(context),
            (visit, component) -> {
              if (component instanceof UIInput input && names(component, field)) {
                found[0] = input;
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    return Optional.ofNullable(found[0]);
  }

  private static boolean names(UIComponent component, String field) {
    return field.equals(component.getAttributes().get(FIELD_ATTRIBUTE))
        || field.equals(component.getId());
  }

  private static String format(String key, Object... values) {
    return new MessageFormat(text(key), locale()).format(values);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String text(String key) {
    return ResourceBundle.getBundle("io.cascade.web.messages", locale()).getString(key);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
