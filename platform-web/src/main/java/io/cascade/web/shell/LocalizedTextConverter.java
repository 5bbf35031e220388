package io.cascade.web.shell;

import io.cascade.domain.shared.LocalizedText;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Shows a {@link LocalizedText} (an import's refusal reason, a validator's sentence) in the view's
 * language wherever a page outputs one; without it the page would show the English text.
 */
@FacesConverter(forClass = LocalizedText.class)
public class LocalizedTextConverter implements Converter<LocalizedText> {

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalizedText text) {
    return text == null ? "" : text.in(context.getViewRoot().getLocale());
  }

  @Override
  public LocalizedText getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("A localized text is shown, never typed in");
  }
}
