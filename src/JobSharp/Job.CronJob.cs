namespace JobSharp;

public sealed partial class Job
{
    /// <summary>
    /// Runs this Job on a schedule: a <see cref="CronJob"/> with this Job as its template, named and placed like
    /// this Job. The Job stays usable on its own, so one definition serves a one-off run and a schedule.
    /// </summary>
    /// <param name="schedule">The schedule; a string such as <c>"0 3 * * *"</c> converts implicitly.</param>
    /// <returns>The CronJob.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public CronJob ToCronJob(CronSchedule schedule) => CronJob.Create(Name, schedule, this);
}
