package io.cascade.campaign;

import java.util.UUID;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/** Quartz's start of one campaign: it only names the tenant and calls one service method. */
public class CampaignStartJob implements Job {

  static final String TENANT = "tenant";
  static final String CAMPAIGN = "campaign";

  private final CampaignLifecycle lifecycle;

  CampaignStartJob(CampaignLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobDataMap data = context.getMergedJobDataMap();
    lifecycle.startAs(data.getString(TENANT), UUID.fromString(data.getString(CAMPAIGN)));
  }
}
