package io.cascade.web.api;

import io.cascade.web.audience.AudienceResource;
import io.cascade.web.campaign.CampaignResource;
import io.cascade.web.media.MediaResource;
import io.cascade.web.profile.ProfileResource;
import io.cascade.web.provideraccount.ProviderAccountResource;
import io.cascade.web.template.TemplateExceptionMappers;
import io.cascade.web.template.TemplateResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The tenant REST API under {@code /api} (a bearer token's tenant). Its classes are named here, not
 * scanned, so that the providers' callback endpoints ({@code io.cascade.web.callback}, another
 * application without login) are not also served here; a test checks that every resource is in one
 * of the two.
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        AudienceResource.class,
        CampaignResource.class,
        MediaResource.class,
        ProfileResource.class,
        ProviderAccountResource.class,
        TemplateResource.class,
        ApiExceptionMappers.DomainMapper.class,
        ApiExceptionMappers.AccessMapper.class,
        ApiExceptionMappers.WebApplicationMapper.class,
        ApiExceptionMappers.ProcessingMapper.class,
        TemplateExceptionMappers.LintMapper.class);
  }
}
