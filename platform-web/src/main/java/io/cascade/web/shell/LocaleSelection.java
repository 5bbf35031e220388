package io.cascade.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The language of the screens: the browser's when supported, else English; switchable. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final Set<String> SUPPORTED = Set.of("en", "uk");

  private String language;

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public String getLanguage() {
    if (language == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      language = SUPPORTED.contains(requested.getLanguage()) ? requested.getLanguage() : "en";
    }
    return language;
  }

  public void setLanguage(String language) {
    this.language = SUPPORTED.contains(language) ? language : "en";
  }

  public void changed() {
    FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
  }

  /** The language of the request's {@code language} parameter, for the page rendered again now. */
  public void switchKeepingEdits() {
    FacesContext faces = FacesContext.getCurrentInstance();
    setLanguage(faces.getExternalContext().getRequestParameterMap().get("language"));
    faces.getViewRoot().setLocale(getLocale());
  }
}
