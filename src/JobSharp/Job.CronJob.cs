namespace JobSharp;

public sealed partial class Job
{
    /// <summary>
    /// Runs this Job on a schedule: a <see cref="CronJob"/> with this Job as its template, named and placed like
    /// this Job. The Job stays usable on its own, so one definition serves a one-off run and a schedule. The Job's
    /// labels and annotations go on the CronJob's own metadata as well as on its job template, so
    /// <c>kubectl get cronjob -l team=data</c> finds it; change either afterwards with <c>WithLabel</c> on the CronJob
    /// or <see cref="CronJob.WithJob(Func{Job, Job})"/>.
    /// </summary>
    /// <param name="schedule">The schedule; a string such as <c>"0 3 * * *"</c> converts implicitly.</param>
    /// <returns>The CronJob.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public CronJob ToCronJob(CronSchedule schedule) =>
        CronJob.Create(Name, schedule, this).WithLabels(Labels).WithAnnotations(Annotations);
}
