package io.cascade.provider;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns HTTP error replies of every provider API into {@link ProviderHttpException}. */
public class HttpErrorMapper implements ResponseExceptionMapper<ProviderHttpException> {

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public ProviderHttpException toThrowable(Response response) {
    response.bufferEntity();
    String body = response.hasEntity() ? response.readEntity(String.class) : "";
    return new ProviderHttpException(response.getStatus(), body);
  }
}
