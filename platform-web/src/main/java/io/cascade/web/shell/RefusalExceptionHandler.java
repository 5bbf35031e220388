package io.cascade.web.shell;

import io.cascade.domain.shared.DomainException;
import io.cascade.domain.shared.NotFoundException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * The one error path of the screens: a business refusal ({@link DomainException}) thrown by an
 * action becomes a message next to the field it names, or at the top, and the page is shown again
 * with what was typed; a not-found in a page load is the 404 page. Everything else, and a not-found
 * in an ajax request, goes on to OmniFaces' {@code FullAjaxExceptionHandler}, which shows the error
 * page web.xml maps to it (also for ajax requests, where Faces alone would show nothing).
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

  public RefusalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Optional<DomainException> refusal = refusal(events.next().getContext().getException());
      if (refusal.isEmpty()) {
        continue;
      }
      DomainException e = refusal.get();
      if (e instanceof NotFoundException) {
        if (context.getPartialViewContext().isAjaxRequest()) {
          continue;
        }
        notFound(context);
      } else {
        CDI.current().select(Messages.class).get().refused(e);
        context.validationFailed();
        context.renderResponse();
      }
      events.remove();
    }
    getWrapped().handle();
  }

  /** The business refusal behind Faces' and EL's wrappers, if that is what was thrown. */
  static Optional<DomainException> refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof DomainException e) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static void notFound(FacesContext context) {
    try {
      context.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** Registered in faces-config.xml after OmniFaces' factory, so it wraps (and runs before) it. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
