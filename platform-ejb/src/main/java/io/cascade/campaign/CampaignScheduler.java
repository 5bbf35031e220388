package io.cascade.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz, clustered on the platform database (JobStoreCMT: triggers are written in the caller's
 * transaction, so a campaign and its start trigger commit together). Each campaign has one start
 * trigger; one whose time passed while every node was down fires right after start-up.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
public class CampaignScheduler {

  private static final Logger LOG = Logger.getLogger(CampaignScheduler.class.getName());
  private static final String GROUP = "campaign-start";

  @EJB private CampaignLifecycle lifecycle;

  private Scheduler scheduler;

  @PostConstruct
  void start() {
    try {
      scheduler = new StdSchedulerFactory(properties()).getScheduler();
      scheduler.setJobFactory((bundle, s) -> new CampaignStartJob(lifecycle));
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz did not start: " + e.getMessage(), e);
    }
  }

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "cascade");
    p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    // a trigger due soon is picked up within a second, also one another node wrote
    p.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
    p.setProperty("org.quartz.scheduler.threadsInheritContextClassLoaderOfInitializer", "true");
    p.setProperty("org.quartz.threadPool.threadCount", "4");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreCMT");
    p.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    // without it Quartz can fire a trigger twice in a cluster (quartz-scheduler issue 107)
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    p.setProperty("org.quartz.jobStore.misfireThreshold", "10000");
    p.setProperty("org.quartz.jobStore.dataSource", "platform");
    p.setProperty("org.quartz.jobStore.nonManagedTXDataSource", "platformNonJta");
    p.setProperty("org.quartz.dataSource.platform.jndiURL", "java:jboss/datasources/PlatformDS");
    p.setProperty(
        "org.quartz.dataSource.platformNonJta.jndiURL", "java:jboss/datasources/PlatformNonJtaDS");
    return p;
  }

  @PreDestroy
  void stop() {
    try {
      scheduler.shutdown(false);
    } catch (SchedulerException e) {
      LOG.warning(() -> "Quartz did not stop cleanly: " + e.getMessage());
    }
  }

  /** Sets (or moves) the campaign's start; in the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void scheduleStart(String tenant, UUID campaignId, Instant at) {
    JobDetail job =
        JobBuilder.newJob(CampaignStartJob.class)
            .withIdentity(campaignId.toString(), GROUP)
            .usingJobData(CampaignStartJob.TENANT, tenant)
            .usingJobData(CampaignStartJob.CAMPAIGN, campaignId.toString())
            // a node that dies while starting it leaves it to another; starting twice does nothing
            .requestRecovery(true)
            .build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(campaignId.toString(), GROUP)
            .startAt(Date.from(at))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build();
    try {
      scheduler.scheduleJob(job, java.util.Set.of(trigger), true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not schedule campaign " + campaignId, e);
    }
  }

  /** Removes the campaign's start, if it has one still to fire; in the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void cancelStart(UUID campaignId) {
    try {
      scheduler.unscheduleJob(TriggerKey.triggerKey(campaignId.toString(), GROUP));
      scheduler.deleteJob(JobKey.jobKey(campaignId.toString(), GROUP));
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not unschedule campaign " + campaignId, e);
    }
  }
}
