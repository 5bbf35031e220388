package io.cascade.web.callback;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The providers' side of the REST endpoints, apart from {@code /api}: no login (web.xml leaves
 * {@code /callbacks/*} open), no tenant of a caller, only what the token of the URL names.
 */
@ApplicationPath("/callbacks")
public class CallbackApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(CallbackResource.class, BareCallbackResource.class);
  }
}
